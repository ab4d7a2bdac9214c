package io.naap.community;

import java.util.HashMap;
import java.util.Map;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.community.Requests.UpdateProfileRequest;
import io.naap.db.error.PlatformException;
import io.naap.db.rest.ApiResponse;
import io.naap.db.rest.Caller;

/** Community profiles: public reads, the owner's edit, admins' bans. */
@Path("/api/v1/community/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    static final String BADGE_FIELDS = "'id', b.id, 'name', b.name, 'slug', b.slug, 'description', b.description,"
            + " 'icon', b.icon, 'color', b.color, 'criteria', b.criteria, 'threshold', b.threshold, 'points', b.points,"
            + " 'createdAt', " + Sql.iso("b.\"createdAt\"");

    private static final String PROFILE_VIEW = "SELECT CAST(" + Sql.FLAT_AUTHOR.substring(0, Sql.FLAT_AUTHOR.length() - 1)
            + ", 'bio', u.bio, 'levelName', coalesce((CAST(:names AS text[]))[pr.level], 'Unknown'), 'badges', coalesce((SELECT jsonb_agg("
            + "jsonb_build_object(" + BADGE_FIELDS + ", 'earnedAt', " + Sql.iso("ub.\"earnedAt\"")
            + ") ORDER BY ub.\"earnedAt\" DESC, b.id) FROM " + Sql.USER_BADGE + " ub JOIN " + Sql.BADGE
            + " b ON b.id = ub.\"badgeId\" WHERE ub.\"profileId\" = pr.id), CAST('[]' AS jsonb)),"
            + " 'postCount', (SELECT count(*) FROM " + Sql.POST + " WHERE \"authorId\" = pr.id),"
            + " 'commentCount', (SELECT count(*) FROM " + Sql.COMMENT + " WHERE \"authorId\" = pr.id)) AS text)"
            + " FROM " + Sql.PROFILE + " pr JOIN " + Sql.USER + " u ON u.id = pr.\"userId\" WHERE ";

    private final Sql sql;
    private final Profiles profiles;
    private final Caller caller;

    UserResource(Sql sql, Profiles profiles, Caller caller) {
        this.sql = sql;
        this.profiles = profiles;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A profile (by profile id) with level name, badges and post and comment counts")
    public ApiResponse<JsonNode> get(@PathParam("id") String id) {
        return ApiResponse.ok(profile("pr.id = :key", id));
    }

    @GET
    @Path("wallet/{address}")
    @Operation(summary = "The profile of the user with this wallet address")
    public ApiResponse<JsonNode> byWallet(@PathParam("address") String address) {
        return ApiResponse.ok(profile("u.address = :key", address));
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change the owner's display name, bio or avatar (on the platform user)")
    public ApiResponse<JsonNode> update(@PathParam("id") String id, @Valid @NotNull UpdateProfileRequest body) {
        String user = caller.userId();
        Object owner = sql.value("SELECT \"userId\" FROM " + Sql.PROFILE + " WHERE id = :id", Map.of("id", id));
        if (owner == null) {
            throw Inputs.notFound("User not found");
        }
        if (!owner.equals(user)) {
            throw PlatformException.forbidden("Not authorized to update this profile");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("user", user);
        params.put("displayName", body.displayName);
        params.put("bio", body.bio);
        params.put("avatarUrl", body.avatarUrl);
        sql.update("UPDATE " + Sql.USER + " SET \"displayName\" = coalesce(CAST(:displayName AS text), \"displayName\"),"
                + " bio = coalesce(CAST(:bio AS text), bio), \"avatarUrl\" = coalesce(CAST(:avatarUrl AS text), \"avatarUrl\"),"
                + " \"updatedAt\" = " + Sql.NOW + " WHERE id = :user", params);
        return ApiResponse.ok(sql.jsonOne("SELECT CAST(" + Sql.FLAT_AUTHOR.substring(0, Sql.FLAT_AUTHOR.length() - 1)
                + ", 'bio', u.bio) AS text) FROM " + Sql.PROFILE + " pr JOIN " + Sql.USER + " u ON u.id = pr.\"userId\""
                + " WHERE pr.id = :id", Map.of("id", id)));
    }

    public record Ban(String userId, boolean isBanned, String bannedAt, String bannedReason) {
    }

    @POST
    @Path("{id}/ban")
    @Transactional
    @Operation(summary = "Admins: ban or unban a user (by user id) from writing in the community")
    public ApiResponse<Ban> ban(@PathParam("id") String userId, JsonNode body) {
        profiles.requireAdmin();
        if (userId.equals(caller.userId())) {
            throw Inputs.badRequest("Cannot ban yourself");
        }
        if (body == null || !body.isObject()) {
            throw Inputs.badRequest("Invalid JSON in request body");
        }
        JsonNode banned = body.get("banned");
        if (banned == null || !banned.isBoolean()) {
            throw Inputs.badRequest("banned must be a boolean");
        }
        JsonNode reason = body.get("reason");
        if (reason != null && !reason.isNull() && !reason.isTextual()) {
            throw Inputs.badRequest("reason must be a string");
        }
        String why = reason == null || reason.isNull() || reason.asText().isBlank() ? null : reason.asText().strip();
        if (why != null && why.length() > 1000) {
            throw PlatformException.invalidField("reason", "must be at most 1000 characters");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("user", userId);
        params.put("banned", banned.booleanValue());
        params.put("reason", banned.booleanValue() ? why : null);
        Object[] row = (Object[]) sql.rows("UPDATE " + Sql.PROFILE + " SET \"isBanned\" = :banned, \"bannedAt\" = CASE WHEN"
                + " :banned THEN " + Sql.NOW + " END, \"bannedReason\" = CAST(:reason AS text), \"updatedAt\" = " + Sql.NOW
                + " WHERE \"userId\" = :user RETURNING \"userId\", \"isBanned\", " + Sql.iso("\"bannedAt\"")
                + ", \"bannedReason\"", params).stream().findFirst()
                .orElseThrow(() -> Inputs.notFound("Community profile not found"));
        return ApiResponse.ok(new Ban((String) row[0], (Boolean) row[1], (String) row[2], (String) row[3]));
    }

    @GET
    @Path("{id}/badges")
    @Operation(summary = "The badges a profile earned, newest first")
    public ApiResponse<JsonNode> badges(@PathParam("id") String id) {
        JsonNode badges = sql.jsonOne("SELECT CAST(coalesce((SELECT jsonb_agg(jsonb_build_object(" + BADGE_FIELDS
                + ", 'earnedAt', " + Sql.iso("ub.\"earnedAt\"") + ") ORDER BY ub.\"earnedAt\" DESC, b.id) FROM "
                + Sql.USER_BADGE + " ub JOIN " + Sql.BADGE + " b ON b.id = ub.\"badgeId\" WHERE ub.\"profileId\" = pr.id),"
                + " CAST('[]' AS jsonb)) AS text) FROM " + Sql.PROFILE + " pr WHERE pr.id = :id", Map.of("id", id));
        if (badges == null) {
            throw Inputs.notFound("User not found");
        }
        return ApiResponse.ok(badges);
    }

    private JsonNode profile(String condition, String key) {
        JsonNode profile = sql.jsonOne(PROFILE_VIEW + condition, Map.of("key", key,
                "names", "{" + String.join(",", Sql.LEVEL_NAMES) + "}"));
        if (profile == null) {
            throw Inputs.notFound("User not found");
        }
        return profile;
    }
}
