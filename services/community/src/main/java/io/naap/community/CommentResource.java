package io.naap.community;

import java.util.List;
import java.util.Map;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.community.Ledger.Award;
import io.naap.community.PostResource.VoteResult;
import io.naap.community.Requests.UpdateCommentRequest;
import io.naap.db.error.PlatformException;
import io.naap.db.model.community.CommunityReputationAction;
import io.naap.db.rest.ApiResponse;
import io.naap.db.rest.Caller;

/**
 * Comments: edit and delete by their author, votes, and acceptance by the post's author. Acceptance and deletion
 * lock the post row first, so the post's accepted answer, {@code isSolved} and the {@code ANSWER_ACCEPTED} points
 * always agree, whatever runs at the same time.
 */
@Path("/api/v1/community/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Comments")
public class CommentResource {

    static final String FLAT_COMMENT = "SELECT CAST(jsonb_build_object(" + Sql.COMMENT_FIELDS + ", 'author', "
            + Sql.FLAT_AUTHOR + ") AS text) FROM " + PostResource.COMMENT_FROM + " WHERE c.id = :id";

    /** The comment's post, author profile and the author's user id. */
    private static final String COMMENT = "SELECT c.\"postId\", c.\"authorId\", pr.\"userId\", c.\"isAccepted\" FROM "
            + Sql.COMMENT + " c JOIN " + Sql.PROFILE + " pr ON pr.id = c.\"authorId\" WHERE c.id = :id";

    private final Sql sql;
    private final Ledger ledger;
    private final Profiles profiles;
    private final Caller caller;

    CommentResource(Sql sql, Ledger ledger, Profiles profiles, Caller caller) {
        this.sql = sql;
        this.ledger = ledger;
        this.profiles = profiles;
        this.caller = caller;
    }

    private record Comment(String postId, String authorId, String authorUserId, boolean accepted) {
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change a comment's content (its author)")
    public ApiResponse<JsonNode> update(@PathParam("id") String id, @Valid @NotNull UpdateCommentRequest body) {
        Comment comment = ownComment(id, "Not authorized to edit this comment");
        if (body.content != null) {
            sql.update("UPDATE " + Sql.COMMENT + " SET content = :content, \"updatedAt\" = " + Sql.NOW + " WHERE id = :id",
                    Map.of("id", id, "content", body.content));
        }
        return ApiResponse.ok(sql.jsonOne(FLAT_COMMENT, Map.of("id", comment == null ? id : id)));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Delete a comment (its author); deleting the accepted answer unsolves the post and takes"
            + " back its ANSWER_ACCEPTED points")
    public ApiResponse<Void> delete(@PathParam("id") String id) {
        Comment comment = ownComment(id, "Not authorized to delete this comment");
        Object accepted = lockPost(comment.postId());
        if (sql.update("DELETE FROM " + Sql.COMMENT + " WHERE id = :id", Map.of("id", id)) == 0) {
            throw Inputs.notFound("Comment not found");
        }
        boolean wasAccepted = id.equals(accepted);
        sql.update("UPDATE " + Sql.POST + " SET \"commentCount\" = \"commentCount\" - 1"
                + (wasAccepted ? ", \"isSolved\" = false, \"acceptedAnswerId\" = NULL" : "") + " WHERE id = :post",
                Map.of("post", comment.postId()));
        if (wasAccepted) {
            ledger.apply(new Award(comment.authorId(), CommunityReputationAction.ANSWER_ACCEPTED, -Ledger.ANSWER_ACCEPTED,
                    "comment", id));
        }
        return ApiResponse.ok();
    }

    @POST
    @Path("{id}/vote")
    @Transactional
    @Operation(summary = "Upvote a comment once: +5 to the voter, +1 to the author")
    public ApiResponse<VoteResult> vote(@PathParam("id") String id) {
        String voter = profiles.mine().notBanned("You are banned from the community").id();
        if (sql.value("SELECT 1 FROM " + Sql.COMMENT + " WHERE id = :id", Map.of("id", id)) == null) {
            throw Inputs.notFound("Comment not found");
        }
        if (sql.update("INSERT INTO " + Sql.VOTE + " (id, \"profileId\", \"targetType\", \"targetId\", \"commentId\","
                + " \"createdAt\") VALUES (:vote, :voter, 'COMMENT', :id, :id, " + Sql.NOW + ") ON CONFLICT DO NOTHING",
                Map.of("vote", Sql.newId(), "voter", voter, "id", id)) == 0) {
            throw Inputs.badRequest("Already voted on this comment");
        }
        Object[] comment = (Object[]) sql.rows("UPDATE " + Sql.COMMENT + " SET upvotes = upvotes + 1 WHERE id = :id"
                + " RETURNING upvotes, \"authorId\"", Map.of("id", id)).get(0);
        ledger.apply(new Award(voter, CommunityReputationAction.COMMENT_UPVOTED, Ledger.COMMENT_UPVOTED, "comment", id),
                new Award((String) comment[1], CommunityReputationAction.COMMENT_RECEIVED_UPVOTE,
                        Ledger.COMMENT_RECEIVED_UPVOTE, "comment", id));
        return ApiResponse.ok(new VoteResult(((Number) comment[0]).intValue(), true));
    }

    @POST
    @Path("{id}/accept")
    @Transactional
    @Operation(summary = "Accept a comment as the post's answer (the post's author): +15 to the comment's author,"
            + " moved from a previously accepted one; +5 QUESTION_SOLVED to the post's author once per post")
    public ApiResponse<JsonNode> accept(@PathParam("id") String id) {
        String user = caller.userId();
        Comment comment = comment(id);
        Object[] post = (Object[]) sql.rows("SELECT p.\"acceptedAnswerId\", p.\"authorId\", pr.\"userId\" FROM " + Sql.POST
                + " p JOIN " + Sql.PROFILE + " pr ON pr.id = p.\"authorId\" WHERE p.id = :post FOR UPDATE OF p",
                Map.of("post", comment.postId())).get(0);
        if (!user.equals(post[2])) {
            throw PlatformException.forbidden("Only the post author can accept an answer");
        }
        profiles.mine().notBanned("You are banned from the community");
        String previous = (String) post[0];
        if (id.equals(previous)) {
            return ApiResponse.ok(sql.jsonOne(FLAT_COMMENT, Map.of("id", id)));
        }
        List<Award> awards = new java.util.ArrayList<>();
        if (previous != null) {
            Object previousAuthor = sql.value("SELECT \"authorId\" FROM " + Sql.COMMENT + " WHERE id = :id",
                    Map.of("id", previous));
            if (previousAuthor != null) {
                awards.add(new Award((String) previousAuthor, CommunityReputationAction.ANSWER_ACCEPTED,
                        -Ledger.ANSWER_ACCEPTED, "comment", previous));
            }
        }
        sql.update("UPDATE " + Sql.COMMENT + " SET \"isAccepted\" = (id = :id) WHERE \"postId\" = :post"
                + " AND (\"isAccepted\" OR id = :id)", Map.of("id", id, "post", comment.postId()));
        sql.update("UPDATE " + Sql.POST + " SET \"isSolved\" = true, \"acceptedAnswerId\" = :id WHERE id = :post",
                Map.of("id", id, "post", comment.postId()));
        awards.add(new Award(comment.authorId(), CommunityReputationAction.ANSWER_ACCEPTED, Ledger.ANSWER_ACCEPTED,
                "comment", id));
        if (sql.value("SELECT 1 FROM " + Sql.LOG + " WHERE action = 'QUESTION_SOLVED' AND \"sourceType\" = 'post'"
                + " AND \"sourceId\" = :post", Map.of("post", comment.postId())) == null) {
            awards.add(new Award((String) post[1], CommunityReputationAction.QUESTION_SOLVED, Ledger.QUESTION_SOLVED,
                    "post", comment.postId()));
        }
        ledger.apply(awards);
        return ApiResponse.ok(sql.jsonOne(FLAT_COMMENT, Map.of("id", id)));
    }

    /** Locks the post row (acceptance and deletion of its comments take turns); its accepted answer's id. */
    private Object lockPost(String post) {
        List<Object> rows = sql.rows("SELECT \"acceptedAnswerId\", id FROM " + Sql.POST + " WHERE id = :post FOR UPDATE",
                Map.of("post", post));
        return rows.isEmpty() ? null : ((Object[]) rows.get(0))[0];
    }

    private Comment comment(String id) {
        List<Object> rows = sql.rows(COMMENT, Map.of("id", id));
        if (rows.isEmpty()) {
            throw Inputs.notFound("Comment not found");
        }
        Object[] row = (Object[]) rows.get(0);
        return new Comment((String) row[0], (String) row[1], (String) row[2], (Boolean) row[3]);
    }

    /** 401 anonymous, 404 unknown, 403 for anyone but the comment's author. */
    private Comment ownComment(String id, String refusal) {
        String user = caller.userId();
        Comment comment = comment(id);
        if (!user.equals(comment.authorUserId())) {
            throw PlatformException.forbidden(refusal);
        }
        return comment;
    }
}
