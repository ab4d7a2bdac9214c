package io.naap.community;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The community's statements over the shared connection (the injected {@link EntityManager}). Reads build the
 * original's JSON shapes in PostgreSQL ({@code jsonb_build_object}), so a list with its authors, tags and the
 * viewer's votes is one statement; writes are single atomic statements (counters as {@code x = x + 1}, votes as
 * {@code INSERT … ON CONFLICT DO NOTHING}).
 */
@ApplicationScoped
class Sql {

    static final String S = "plugin_community.";
    static final String PROFILE = S + "\"CommunityProfile\"";
    static final String POST = S + "\"CommunityPost\"";
    static final String COMMENT = S + "\"CommunityComment\"";
    static final String VOTE = S + "\"CommunityVote\"";
    static final String TAG = S + "\"CommunityTag\"";
    static final String POST_TAG = S + "\"CommunityPostTag\"";
    static final String LOG = S + "\"CommunityReputationLog\"";
    static final String BADGE = S + "\"CommunityBadge\"";
    static final String USER_BADGE = S + "\"CommunityUserBadge\"";
    static final String USER = "public.\"User\"";

    /** The current instant as the columns store it: UTC, no time zone, milliseconds. */
    static final String NOW = "date_trunc('milliseconds', now() AT TIME ZONE 'UTC')";

    /** JavaScript's {@code toISOString()} of a TIMESTAMP(3) column stored as UTC. */
    static String iso(String column) {
        return "to_char(" + column + ", 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    }

    /** The "raw" author of a post or comment: profile {@code pr}, user {@code u}. */
    static final String RAW_AUTHOR = "jsonb_build_object('id', pr.id, 'userId', pr.\"userId\", 'reputation', pr.reputation,"
            + " 'level', pr.level, 'user', jsonb_build_object('displayName', u.\"displayName\", 'address', u.address,"
            + " 'avatarUrl', u.\"avatarUrl\"))";

    /** The "flat" author: profile {@code pr}, user {@code u}. */
    static final String FLAT_AUTHOR = "jsonb_build_object('id', pr.id, 'walletAddress', coalesce(u.address, ''),"
            + " 'displayName', coalesce(u.\"displayName\", ''), 'avatarUrl', coalesce(u.\"avatarUrl\", ''),"
            + " 'reputation', pr.reputation, 'level', pr.level)";

    /** The tags of post {@code p}, by name. */
    static final String TAGS = "coalesce((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'name', t.name, 'slug', t.slug,"
            + " 'color', t.color) ORDER BY t.name) FROM " + POST_TAG + " pt JOIN " + TAG + " t ON t.id = pt.\"tagId\""
            + " WHERE pt.\"postId\" = p.id), CAST('[]' AS jsonb))";

    /** Every column of post {@code p}, as the original returns a post row. */
    static final String POST_FIELDS = "'id', p.id, 'authorId', p.\"authorId\", 'title', p.title, 'content', p.content,"
            + " 'postType', p.\"postType\", 'category', p.category, 'status', p.status, 'upvotes', p.upvotes,"
            + " 'viewCount', p.\"viewCount\", 'commentCount', p.\"commentCount\", 'isSolved', p.\"isSolved\","
            + " 'acceptedAnswerId', p.\"acceptedAnswerId\", 'isPinned', p.\"isPinned\", 'createdAt', "
            + iso("p.\"createdAt\"") + ", 'updatedAt', " + iso("p.\"updatedAt\"");

    /** Every column of comment {@code c}. */
    static final String COMMENT_FIELDS = "'id', c.id, 'postId', c.\"postId\", 'authorId', c.\"authorId\", 'content', c.content,"
            + " 'upvotes', c.upvotes, 'isAccepted', c.\"isAccepted\", 'createdAt', " + iso("c.\"createdAt\"")
            + ", 'updatedAt', " + iso("c.\"updatedAt\"");

    /** The author's profile {@code pr} and user {@code u} of post {@code p}. */
    static final String AUTHOR_JOIN = " JOIN " + PROFILE + " pr ON pr.id = p.\"authorId\" JOIN " + USER
            + " u ON u.id = pr.\"userId\"";

    /** Post {@code p} with its author's profile {@code pr} and user {@code u}. */
    static final String POST_FROM = POST + " p" + AUTHOR_JOIN;

    /** The level of a reputation: thresholds 0, 50, 200, 500, 1000, 2500 give levels 1 to 6. */
    static String level(String reputation) {
        return "CASE WHEN " + reputation + " >= 2500 THEN 6 WHEN " + reputation + " >= 1000 THEN 5 WHEN " + reputation
                + " >= 500 THEN 4 WHEN " + reputation + " >= 200 THEN 3 WHEN " + reputation + " >= 50 THEN 2 ELSE 1 END";
    }

    static final List<String> LEVEL_NAMES = List.of("Newcomer", "Contributor", "Regular", "Trusted", "Expert", "Legend");

    private final EntityManager em;
    private final ObjectMapper json;

    Sql(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    Query query(String sql, Map<String, ?> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach((name, value) -> {
            if (value == null) {
                query.setParameter(name, new TypedParameterValue<>(StandardBasicTypes.STRING, null));
            } else {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    @SuppressWarnings("unchecked")
    List<Object> rows(String sql, Map<String, ?> params) {
        return query(sql, params).getResultList();
    }

    /** The first column of the first row, or {@code null}. */
    Object value(String sql, Map<String, ?> params) {
        List<Object> rows = rows(sql, params);
        if (rows.isEmpty()) {
            return null;
        }
        Object row = rows.get(0);
        return row instanceof Object[] columns ? columns[0] : row;
    }

    /** The rows of a statement that selects one JSON text column, as a JSON array. */
    JsonNode jsonList(String sql, Map<String, ?> params) {
        var array = json.createArrayNode();
        for (Object row : rows(sql, params)) {
            array.add(parse(row instanceof Object[] columns ? columns[0] : row));
        }
        return array;
    }

    /** The JSON text of the first row's first column, or {@code null} without a row. */
    JsonNode jsonOne(String sql, Map<String, ?> params) {
        Object value = value(sql, params);
        return value == null ? null : parse(value);
    }

    int update(String sql, Map<String, ?> params) {
        return query(sql, params).executeUpdate();
    }

    private JsonNode parse(Object text) {
        try {
            return json.readTree(text.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The database returned malformed JSON", e);
        }
    }
}
