package io.naap.community;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.naap.db.model.community.CommunityReputationAction;

/**
 * The reputation ledger. Every change of a profile's reputation is one {@code CommunityReputationLog} row and one
 * atomic update of {@code reputation} with the level recomputed, in the same statement; a reversal is a row with the
 * negated points. Badges are checked after a profile's awards and inserted once ({@code ON CONFLICT DO NOTHING} on
 * the profile-badge unique), a badge with points earning a {@code BADGE_EARNED} award in the same statement.
 * Profiles are updated in id order, so that two transactions awarding the same two profiles never deadlock.
 */
@ApplicationScoped
class Ledger {

    static final int POST_CREATED = 5;
    static final int COMMENT_CREATED = 2;
    static final int POST_UPVOTED = 10;
    static final int POST_RECEIVED_UPVOTE = 2;
    static final int COMMENT_UPVOTED = 5;
    static final int COMMENT_RECEIVED_UPVOTE = 1;
    static final int ANSWER_ACCEPTED = 15;
    static final int QUESTION_SOLVED = 5;

    /** One change of one profile's reputation, for its source ({@code post}/{@code comment} and its id). */
    record Award(String profileId, CommunityReputationAction action, int points, String sourceType, String sourceId) {

        Award reversed() {
            return new Award(profileId, action, -points, sourceType, sourceId);
        }
    }

    private static final String AWARD = "WITH p AS (UPDATE " + Sql.PROFILE + " SET reputation = reputation + :points,"
            + " level = " + Sql.level("(reputation + :points)") + ", \"updatedAt\" = " + Sql.NOW
            + " WHERE id = :profile RETURNING id)"
            + " INSERT INTO " + Sql.LOG + " (id, \"profileId\", action, points, \"sourceType\", \"sourceId\", \"createdAt\")"
            + " SELECT :id, p.id, CAST(:action AS plugin_community.\"CommunityReputationAction\"), :points, :sourceType,"
            + " :sourceId, " + Sql.NOW + " FROM p";

    /** The badges the profile qualifies for and has not earned, earned now with their points; the count earned. */
    private static final String BADGES = "WITH pr AS (SELECT * FROM " + Sql.PROFILE + " WHERE id = :profile),"
            + " earned AS (INSERT INTO " + Sql.USER_BADGE + " (id, \"profileId\", \"badgeId\", \"earnedAt\")"
            + " SELECT CAST(gen_random_uuid() AS text), pr.id, b.id, " + Sql.NOW + " FROM pr JOIN " + Sql.BADGE + " b ON"
            + " (b.slug = 'first-post' AND (SELECT count(*) FROM " + Sql.POST + " WHERE \"authorId\" = pr.id) >= b.threshold)"
            + " OR (b.slug = 'helpful' AND pr.reputation >= b.threshold)"
            + " OR (b.slug = 'problem-solver' AND (SELECT count(*) FROM " + Sql.COMMENT
            + " WHERE \"authorId\" = pr.id AND \"isAccepted\") >= b.threshold)"
            + " OR (b.slug = 'popular' AND EXISTS (SELECT 1 FROM " + Sql.POST
            + " WHERE \"authorId\" = pr.id AND upvotes >= b.threshold))"
            + " OR (b.slug = 'top-contributor' AND pr.level >= b.threshold)"
            + " ON CONFLICT (\"profileId\", \"badgeId\") DO NOTHING RETURNING \"badgeId\"),"
            + " paid AS (SELECT b.id, b.points FROM earned e JOIN " + Sql.BADGE + " b ON b.id = e.\"badgeId\" WHERE b.points <> 0),"
            + " logged AS (INSERT INTO " + Sql.LOG + " (id, \"profileId\", action, points, \"sourceType\", \"sourceId\", \"createdAt\")"
            + " SELECT CAST(gen_random_uuid() AS text), :profile, 'BADGE_EARNED', paid.points, 'badge', paid.id, " + Sql.NOW
            + " FROM paid RETURNING points),"
            + " total AS (SELECT sum(points) AS points FROM paid),"
            + " updated AS (UPDATE " + Sql.PROFILE + " SET reputation = reputation + total.points,"
            + " level = " + Sql.level("(reputation + total.points)") + ", \"updatedAt\" = " + Sql.NOW
            + " FROM total WHERE id = :profile AND total.points IS NOT NULL RETURNING 1)"
            + " SELECT (SELECT count(*) FROM paid) + 1000 * (SELECT count(*) FROM earned)";

    private final Sql sql;

    Ledger(Sql sql) {
        this.sql = sql;
    }

    /** Applies the awards profile by profile in id order, each profile's badges checked after its awards. */
    void apply(List<Award> awards) {
        Map<String, List<Award>> byProfile = awards.stream().sorted(Comparator.comparing(Award::profileId))
                .collect(Collectors.groupingBy(Award::profileId, LinkedHashMap::new, Collectors.toList()));
        byProfile.forEach((profile, own) -> {
            for (Award award : own) {
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("id", Sql.newId());
                params.put("profile", award.profileId());
                params.put("points", award.points());
                params.put("action", award.action().name());
                params.put("sourceType", award.sourceType());
                params.put("sourceId", award.sourceId());
                sql.update(AWARD, params);
            }
            checkBadges(profile);
        });
    }

    void apply(Award... awards) {
        apply(List.of(awards));
    }

    /** Earns every badge the profile qualifies for; again while badge points changed its reputation. */
    void checkBadges(String profile) {
        for (int round = 0; round < 5; round++) {
            long result = ((Number) sql.value(BADGES, Map.of("profile", profile))).longValue();
            if (result % 1000 == 0) {
                return;
            }
        }
    }
}
