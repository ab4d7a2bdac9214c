package io.naap.db.model.community;

import io.naap.db.model.support.EnumSchema;

/** Whether a post is open, closed or archived by a moderator; PostgreSQL enum type {@code plugin_community."CommunityPostStatus"}. */
@EnumSchema("plugin_community")
public enum CommunityPostStatus {
    OPEN, CLOSED, ARCHIVED
}
