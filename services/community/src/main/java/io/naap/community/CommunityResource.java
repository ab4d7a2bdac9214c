package io.naap.community;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.db.rest.ApiResponse;

/** The forum's public aggregates: badges, leaderboard, tags and stats, each one statement. */
@Path("/api/v1/community")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Community")
public class CommunityResource {

    private final Sql sql;

    CommunityResource(Sql sql) {
        this.sql = sql;
    }

    @GET
    @Path("badges")
    @Operation(summary = "Every badge, by threshold")
    public ApiResponse<JsonNode> badges() {
        return ApiResponse.ok(sql.jsonList("SELECT CAST(jsonb_build_object(" + UserResource.BADGE_FIELDS + ") AS text)"
                + " FROM " + Sql.BADGE + " b ORDER BY b.threshold, b.slug", Map.of()));
    }

    @GET
    @Path("leaderboard")
    @Operation(summary = "Profiles by reputation (?limit, default 10, at most 50)")
    public ApiResponse<JsonNode> leaderboard(@QueryParam("limit") String limit) {
        int take = Inputs.clamp(Inputs.integer("limit", limit, 10), 1, 50);
        return ApiResponse.ok(sql.jsonList("SELECT CAST(jsonb_build_object('id', pr.id, 'userId', pr.\"userId\","
                + " 'displayName', coalesce(u.\"displayName\", left(pr.\"userId\", 10)), 'avatarUrl', NULL,"
                + " 'reputation', pr.reputation, 'level', pr.level, 'bio', pr.bio,"
                + " 'rank', row_number() OVER (ORDER BY pr.reputation DESC, pr.\"createdAt\", pr.id)) AS text)"
                + " FROM " + Sql.PROFILE + " pr JOIN " + Sql.USER + " u ON u.id = pr.\"userId\""
                + " ORDER BY pr.reputation DESC, pr.\"createdAt\", pr.id LIMIT :take", Map.of("take", take)));
    }

    @GET
    @Path("tags")
    @Operation(summary = "Tags by usage (?limit, default 20, at most 100)")
    public ApiResponse<JsonNode> tags(@QueryParam("limit") String limit) {
        int take = Inputs.clamp(Inputs.integer("limit", limit, 20), 1, 100);
        return ApiResponse.ok(sql.jsonList("SELECT CAST(jsonb_build_object('id', t.id, 'name', t.name, 'slug', t.slug,"
                + " 'description', t.description, 'color', t.color, 'usageCount', t.\"usageCount\", 'createdAt', "
                + Sql.iso("t.\"createdAt\"") + ") AS text) FROM " + Sql.TAG + " t ORDER BY t.\"usageCount\" DESC, t.name"
                + " LIMIT :take", Map.of("take", take)));
    }

    public record Stats(long totalPosts, long totalComments, long totalUsers, long solvedQuestions) {
    }

    @GET
    @Path("stats")
    @Operation(summary = "Post, comment, profile and solved-post counts")
    public ApiResponse<Stats> stats() {
        Object[] row = (Object[]) sql.rows("SELECT (SELECT count(*) FROM " + Sql.POST + "), (SELECT count(*) FROM "
                + Sql.COMMENT + "), (SELECT count(*) FROM " + Sql.PROFILE + "), (SELECT count(*) FROM " + Sql.POST
                + " WHERE \"isSolved\")", Map.of()).get(0);
        return ApiResponse.ok(new Stats(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
    }
}
