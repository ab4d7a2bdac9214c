package io.naap.db.model.community;

import io.naap.db.model.support.EnumSchema;

/** Why a profile's reputation changed (one ledger row per change); PostgreSQL enum type {@code plugin_community."CommunityReputationAction"}. */
@EnumSchema("plugin_community")
public enum CommunityReputationAction {
    POST_CREATED, POST_UPVOTED, POST_RECEIVED_UPVOTE, COMMENT_CREATED, COMMENT_UPVOTED, COMMENT_RECEIVED_UPVOTE,
    ANSWER_ACCEPTED, QUESTION_SOLVED, DAILY_LOGIN, BADGE_EARNED
}
