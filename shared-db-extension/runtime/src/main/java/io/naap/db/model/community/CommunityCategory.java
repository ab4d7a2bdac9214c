package io.naap.db.model.community;

import io.naap.db.model.support.EnumSchema;

/** The forum section of a post; PostgreSQL enum type {@code plugin_community."CommunityCategory"}. */
@EnumSchema("plugin_community")
public enum CommunityCategory {
    GENERAL, ORCHESTRATORS, TRANSCODERS, AI_PIPELINES, GOVERNANCE, TROUBLESHOOTING
}
