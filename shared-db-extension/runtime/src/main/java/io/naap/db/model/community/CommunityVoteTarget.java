package io.naap.db.model.community;

import io.naap.db.model.support.EnumSchema;

/** What a vote is cast on; PostgreSQL enum type {@code plugin_community."CommunityVoteTarget"}. */
@EnumSchema("plugin_community")
public enum CommunityVoteTarget {
    POST, COMMENT
}
