package io.naap.db.model.community;

import io.naap.db.model.support.EnumSchema;

/** The kind of a post; PostgreSQL enum type {@code plugin_community."CommunityPostType"}. */
@EnumSchema("plugin_community")
public enum CommunityPostType {
    QUESTION, DISCUSSION, ANNOUNCEMENT, SHOWCASE
}
