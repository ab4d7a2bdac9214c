package io.naap.community;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.community.Ledger.Award;
import io.naap.community.Requests.CommentRequest;
import io.naap.community.Requests.CreatePostRequest;
import io.naap.community.Requests.ModerateRequest;
import io.naap.community.Requests.UpdatePostRequest;
import io.naap.db.error.PlatformException;
import io.naap.db.model.community.CommunityCategory;
import io.naap.db.model.community.CommunityPostStatus;
import io.naap.db.model.community.CommunityPostType;
import io.naap.db.model.community.CommunityReputationAction;
import io.naap.db.rest.ApiResponse;
import io.naap.db.rest.Caller;

/** Posts, their votes and their comments. Reads are public; writes need a session. */
@Path("/api/v1/community/posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
public class PostResource {

    /** A list item: the post with its content cut to 400 characters, raw author, viewer's vote and tags. */
    static final String LIST_ITEM = "jsonb_build_object('id', p.id, 'title', p.title, 'content',"
            + " CASE WHEN char_length(p.content) > 400 THEN left(p.content, 400) || '…' ELSE p.content END,"
            + " 'postType', p.\"postType\", 'category', p.category, 'status', p.status, 'upvotes', p.upvotes,"
            + " 'viewCount', p.\"viewCount\", 'commentCount', p.\"commentCount\", 'isSolved', p.\"isSolved\","
            + " 'isPinned', p.\"isPinned\", 'createdAt', " + Sql.iso("p.\"createdAt\"") + ", 'updatedAt', "
            + Sql.iso("p.\"updatedAt\"") + ", 'author', " + Sql.RAW_AUTHOR + ", 'viewerHasVoted', EXISTS (SELECT 1 FROM "
            + Sql.VOTE + " v JOIN " + Sql.PROFILE + " vp ON vp.id = v.\"profileId\" WHERE vp.\"userId\" = :viewer"
            + " AND v.\"targetType\" = 'POST' AND v.\"targetId\" = p.id), 'tags', " + Sql.TAGS + ")";

    /** A full post row with its raw author and tags. */
    static final String POST_VIEW = "SELECT CAST(jsonb_build_object(" + Sql.POST_FIELDS + ", 'author', " + Sql.RAW_AUTHOR
            + ", 'tags', " + Sql.TAGS + ") AS text) FROM " + Sql.POST_FROM + " WHERE p.id = :id";

    /** A comment row with its raw author; {@code c}, author {@code pr}, user {@code u}. */
    static final String COMMENT_ITEM = "jsonb_build_object(" + Sql.COMMENT_FIELDS + ", 'author', " + Sql.RAW_AUTHOR + ")";
    static final String COMMENT_FROM = Sql.COMMENT + " c JOIN " + Sql.PROFILE + " pr ON pr.id = c.\"authorId\" JOIN "
            + Sql.USER + " u ON u.id = pr.\"userId\"";
    static final String COMMENT_ORDER = "c.\"isAccepted\" DESC, c.upvotes DESC, c.\"createdAt\" ASC, c.id";

    /** The post as read before this request's view is counted (the original shows the pre-increment value). */
    private static final String DETAIL = "WITH viewed AS (UPDATE " + Sql.POST + " SET \"viewCount\" = \"viewCount\" + 1"
            + " WHERE id = :id RETURNING id)"
            + " SELECT CAST(jsonb_build_object(" + Sql.POST_FIELDS + ", 'author', " + Sql.RAW_AUTHOR
            + ", 'postTags', coalesce((SELECT jsonb_agg(jsonb_build_object('id', pt.id, 'postId', pt.\"postId\","
            + " 'tagId', pt.\"tagId\", 'tag', jsonb_build_object('id', t.id, 'name', t.name, 'slug', t.slug,"
            + " 'description', t.description, 'color', t.color, 'usageCount', t.\"usageCount\", 'createdAt', "
            + Sql.iso("t.\"createdAt\"") + ")) ORDER BY t.name) FROM " + Sql.POST_TAG + " pt JOIN " + Sql.TAG
            + " t ON t.id = pt.\"tagId\" WHERE pt.\"postId\" = p.id), CAST('[]' AS jsonb))"
            + ", 'comments', coalesce((SELECT jsonb_agg(" + COMMENT_ITEM.replace("pr.", "cpr.").replace("u.", "cu.")
            + " ORDER BY " + COMMENT_ORDER + ") FROM " + Sql.COMMENT + " c JOIN " + Sql.PROFILE
            + " cpr ON cpr.id = c.\"authorId\" JOIN " + Sql.USER + " cu ON cu.id = cpr.\"userId\""
            + " WHERE c.\"postId\" = p.id), CAST('[]' AS jsonb))"
            + ", 'tags', " + Sql.TAGS + ") AS text) FROM " + Sql.POST_FROM + " WHERE p.id = :id";

    private final Sql sql;
    private final Ledger ledger;
    private final Profiles profiles;
    private final Caller caller;

    PostResource(Sql sql, Ledger ledger, Profiles profiles, Caller caller) {
        this.sql = sql;
        this.ledger = ledger;
        this.profiles = profiles;
        this.caller = caller;
    }

    public record PostList(JsonNode posts) {
    }

    public record PostListResponse(boolean success, PostList data, Map<String, Object> meta) {
    }

    @GET
    @Operation(summary = "Posts, pinned first, then by ?sort (recent, popular, unanswered); filters ?category, ?postType,"
            + " ?solved, ?search (full-text, word prefixes); paged by ?limit/?offset or ?page/?pageSize")
    public PostListResponse list(@QueryParam("category") String category, @QueryParam("postType") String postType,
            @QueryParam("solved") String solved, @QueryParam("search") String search, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("pageSize") String pageSize,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        Inputs.Page paging = Inputs.Page.of(page, pageSize, limit, offset);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (category != null && !category.isBlank() && !category.equalsIgnoreCase("all")) {
            where.add("p.category = CAST(:category AS plugin_community.\"CommunityCategory\")");
            params.put("category", Inputs.enumValue(CommunityCategory.class, "category", category).name());
        }
        if (postType != null && !postType.isBlank()) {
            where.add("p.\"postType\" = CAST(:postType AS plugin_community.\"CommunityPostType\")");
            params.put("postType", Inputs.enumValue(CommunityPostType.class, "postType", postType).name());
        }
        Boolean isSolved = Inputs.bool("solved", solved);
        if (isSolved != null) {
            where.add("p.\"isSolved\" = :solved");
            params.put("solved", isSolved);
        }
        if (search != null && !search.isBlank()) {
            where.add(SearchResource.MATCHES);
            params.put("q", Inputs.tsQuery(search));
        }
        String order = switch (sort == null || sort.isEmpty() ? "recent" : sort) {
            case "recent" -> "p.\"createdAt\" DESC";
            case "popular" -> "p.upvotes DESC, p.\"createdAt\" DESC";
            case "unanswered" -> {
                where.add("p.\"commentCount\" = 0 AND p.\"postType\" = 'QUESTION'");
                yield "p.\"createdAt\" DESC";
            }
            default -> throw PlatformException.invalidField("sort", "must be one of recent, popular, unanswered");
        };
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = ((Number) sql.value("SELECT count(*) FROM " + Sql.POST + " p" + filter, params)).longValue();
        params.put("viewer", caller.optionalUserId().orElse(""));
        params.put("take", paging.pageSize());
        params.put("skip", paging.skip());
        // The page is chosen first and only its posts are turned into JSON (not every post the filter selects).
        String ordering = " ORDER BY p.\"isPinned\" DESC, " + order + ", p.id";
        JsonNode posts = sql.jsonList("SELECT CAST(" + LIST_ITEM + " AS text) FROM (SELECT p.* FROM " + Sql.POST + " p"
                + filter + ordering + " LIMIT :take OFFSET :skip) p" + Sql.AUTHOR_JOIN + ordering, params);
        return new PostListResponse(true, new PostList(posts), paging.meta(total));
    }

    public record PostEnvelope(JsonNode post) {
    }

    @POST
    @Transactional
    @Operation(summary = "Create a post (+5 reputation) with up to 10 tags, created when new")
    public ApiResponse<PostEnvelope> create(@Valid @NotNull CreatePostRequest body) {
        CommunityPostType type = Inputs.enumValue(CommunityPostType.class, "postType", body.postType);
        CommunityCategory category = Inputs.enumValue(CommunityCategory.class, "category", body.category);
        Map<String, String> tags = new LinkedHashMap<>();
        for (String name : body.tags) {
            if (tags.put(Inputs.slug(name), name.strip()) != null) {
                throw PlatformException.invalidField("tags", "must not repeat a tag: " + name.strip());
            }
        }
        String author = profiles.mine().notBanned("You are banned from posting in the community").id();
        String id = Sql.newId();
        sql.update("INSERT INTO " + Sql.POST + " (id, \"authorId\", title, content, \"postType\", category, \"createdAt\","
                + " \"updatedAt\") VALUES (:id, :author, :title, :content,"
                + " CAST(:type AS plugin_community.\"CommunityPostType\"),"
                + " CAST(:category AS plugin_community.\"CommunityCategory\"), " + Sql.NOW + ", " + Sql.NOW + ")",
                Map.of("id", id, "author", author, "title", body.title, "content", body.content, "type", type.name(),
                        "category", category.name()));
        if (!tags.isEmpty()) {
            tag(id, tags);
        }
        ledger.apply(new Award(author, CommunityReputationAction.POST_CREATED, Ledger.POST_CREATED, "post", id));
        return ApiResponse.ok(new PostEnvelope(sql.jsonOne(POST_VIEW, Map.of("id", id))));
    }

    /** Creates the tags that are new (a concurrent creation of the same tag is skipped) and links them all. */
    private void tag(String post, Map<String, String> tags) {
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            values.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :name").append(i)
                    .append(", :slug").append(i).append(")");
            params.put("id" + i, Sql.newId());
            params.put("name" + i, tag.getValue());
            params.put("slug" + i, tag.getKey());
            i++;
        }
        sql.update("INSERT INTO " + Sql.TAG + " (id, name, slug) VALUES " + values + " ON CONFLICT DO NOTHING", params);
        sql.update("INSERT INTO " + Sql.POST_TAG + " (id, \"postId\", \"tagId\") SELECT CAST(gen_random_uuid() AS text),"
                + " :post, t.id FROM " + Sql.TAG + " t WHERE t.slug IN (:slugs) ON CONFLICT DO NOTHING",
                Map.of("post", post, "slugs", new ArrayList<>(tags.keySet())));
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "A post with its author, tags and comments; counts the view")
    public ApiResponse<JsonNode> get(@PathParam("id") String id) {
        JsonNode post = sql.jsonOne(DETAIL, Map.of("id", id));
        if (post == null) {
            throw Inputs.notFound("Post not found");
        }
        return ApiResponse.ok(post);
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change a post's title, content or category (its author or an admin)")
    public ApiResponse<PostEnvelope> update(@PathParam("id") String id, @Valid @NotNull UpdatePostRequest body) {
        CommunityCategory category = body.category == null ? null
                : Inputs.enumValue(CommunityCategory.class, "category", body.category);
        authorOrAdmin(id, "Not authorized to edit this post");
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("title", body.title);
        params.put("content", body.content);
        params.put("category", category == null ? null : category.name());
        sql.update("UPDATE " + Sql.POST + " SET title = coalesce(CAST(:title AS text), title),"
                + " content = coalesce(CAST(:content AS text), content),"
                + " category = coalesce(CAST(CAST(:category AS text) AS plugin_community.\"CommunityCategory\"), category),"
                + " \"updatedAt\" = " + Sql.NOW + " WHERE id = :id", params);
        return ApiResponse.ok(new PostEnvelope(sql.jsonOne(POST_VIEW, Map.of("id", id))));
    }

    public record Deleted(boolean deleted) {
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Delete a post with its comments, votes and tag links (its author or an admin)")
    public ApiResponse<Deleted> delete(@PathParam("id") String id) {
        authorOrAdmin(id, "Not authorized to delete this post");
        sql.update("DELETE FROM " + Sql.POST + " WHERE id = :id", Map.of("id", id));
        return ApiResponse.ok(new Deleted(true));
    }

    public record Moderated(Boolean deleted, String postId, Map<String, Object> post) {
    }

    @POST
    @Path("{id}/moderate")
    @Transactional
    @Operation(summary = "Admins: delete, close or archive a post")
    public ApiResponse<Map<String, Object>> moderate(@PathParam("id") String id, ModerateRequest body) {
        profiles.requireAdmin();
        if (body == null || body.action == null || !Set.of("delete", "close", "archive").contains(body.action)) {
            throw Inputs.badRequest("action must be one of: delete, close, archive");
        }
        if (body.action.equals("delete")) {
            if (sql.update("DELETE FROM " + Sql.POST + " WHERE id = :id", Map.of("id", id)) == 0) {
                throw Inputs.notFound("Post not found");
            }
            return ApiResponse.ok(Map.of("deleted", true, "postId", id));
        }
        CommunityPostStatus status = body.action.equals("close") ? CommunityPostStatus.CLOSED : CommunityPostStatus.ARCHIVED;
        if (sql.update("UPDATE " + Sql.POST + " SET status = CAST(:status AS plugin_community.\"CommunityPostStatus\"),"
                + " \"updatedAt\" = " + Sql.NOW + " WHERE id = :id", Map.of("id", id, "status", status.name())) == 0) {
            throw Inputs.notFound("Post not found");
        }
        return ApiResponse.ok(Map.of("post", Map.of("id", id, "status", status.name())));
    }

    public record Voted(boolean voted) {
    }

    public record VoteResult(int upvotes, boolean voted) {
    }

    @GET
    @Path("{id}/vote")
    @Operation(summary = "Whether the caller voted on the post (false when anonymous)")
    public ApiResponse<Voted> voted(@PathParam("id") String id) {
        String user = caller.optionalUserId().orElse(null);
        return ApiResponse.ok(new Voted(user != null && sql.value("SELECT 1 FROM " + Sql.VOTE + " v JOIN " + Sql.PROFILE
                + " pr ON pr.id = v.\"profileId\" WHERE pr.\"userId\" = :user AND v.\"targetType\" = 'POST'"
                + " AND v.\"targetId\" = :id", Map.of("user", user, "id", id)) != null));
    }

    @POST
    @Path("{id}/vote")
    @Transactional
    @Operation(summary = "Upvote a post once: +10 to the voter, +2 to the author")
    public ApiResponse<VoteResult> vote(@PathParam("id") String id) {
        String voter = profiles.mine().notBanned("You are banned from the community").id();
        if (sql.value("SELECT 1 FROM " + Sql.POST + " WHERE id = :id", Map.of("id", id)) == null) {
            throw Inputs.notFound("Post not found");
        }
        // The unique (profileId, targetType, targetId) decides between concurrent votes: one inserts, the others wait
        // for it and insert nothing.
        if (sql.update("INSERT INTO " + Sql.VOTE + " (id, \"profileId\", \"targetType\", \"targetId\", \"postId\", \"createdAt\")"
                + " VALUES (:vote, :voter, 'POST', :id, :id, " + Sql.NOW + ") ON CONFLICT DO NOTHING",
                Map.of("vote", Sql.newId(), "voter", voter, "id", id)) == 0) {
            throw Inputs.badRequest("Already voted on this post");
        }
        Object[] post = (Object[]) sql.rows("UPDATE " + Sql.POST + " SET upvotes = upvotes + 1 WHERE id = :id"
                + " RETURNING upvotes, \"authorId\"", Map.of("id", id)).get(0);
        ledger.apply(new Award(voter, CommunityReputationAction.POST_UPVOTED, Ledger.POST_UPVOTED, "post", id),
                new Award((String) post[1], CommunityReputationAction.POST_RECEIVED_UPVOTE, Ledger.POST_RECEIVED_UPVOTE,
                        "post", id));
        return ApiResponse.ok(new VoteResult(((Number) post[0]).intValue(), true));
    }

    @DELETE
    @Path("{id}/vote")
    @Transactional
    @Operation(summary = "Remove the caller's vote; both awards it gave are reversed")
    public ApiResponse<VoteResult> unvote(@PathParam("id") String id) {
        String voter = profiles.mine().id();
        if (sql.update("DELETE FROM " + Sql.VOTE + " WHERE \"profileId\" = :voter AND \"targetType\" = 'POST'"
                + " AND \"targetId\" = :id", Map.of("voter", voter, "id", id)) == 0) {
            throw Inputs.badRequest("No vote to remove");
        }
        Object[] post = (Object[]) sql.rows("UPDATE " + Sql.POST + " SET upvotes = upvotes - 1 WHERE id = :id"
                + " RETURNING upvotes, \"authorId\"", Map.of("id", id)).get(0);
        ledger.apply(new Award(voter, CommunityReputationAction.POST_UPVOTED, -Ledger.POST_UPVOTED, "post", id),
                new Award((String) post[1], CommunityReputationAction.POST_RECEIVED_UPVOTE, -Ledger.POST_RECEIVED_UPVOTE,
                        "post", id));
        return ApiResponse.ok(new VoteResult(((Number) post[0]).intValue(), false));
    }

    public record Comments(JsonNode comments) {
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "A post's comments: accepted first, then by upvotes, then oldest first")
    public ApiResponse<Comments> comments(@PathParam("id") String id) {
        return ApiResponse.ok(new Comments(sql.jsonList("SELECT CAST(" + COMMENT_ITEM + " AS text) FROM " + COMMENT_FROM
                + " WHERE c.\"postId\" = :id ORDER BY " + COMMENT_ORDER, Map.of("id", id))));
    }

    public record CommentEnvelope(JsonNode comment) {
    }

    @POST
    @Path("{id}/comments")
    @Transactional
    @Operation(summary = "Comment on a post (+2 reputation)")
    public ApiResponse<CommentEnvelope> comment(@PathParam("id") String id, @Valid @NotNull CommentRequest body) {
        String author = profiles.mine().notBanned("You are banned from commenting in the community").id();
        if (sql.update("UPDATE " + Sql.POST + " SET \"commentCount\" = \"commentCount\" + 1 WHERE id = :id",
                Map.of("id", id)) == 0) {
            throw Inputs.notFound("Post not found");
        }
        String comment = Sql.newId();
        sql.update("INSERT INTO " + Sql.COMMENT + " (id, \"postId\", \"authorId\", content, \"createdAt\", \"updatedAt\")"
                + " VALUES (:id, :post, :author, :content, " + Sql.NOW + ", " + Sql.NOW + ")",
                Map.of("id", comment, "post", id, "author", author, "content", body.content));
        ledger.apply(new Award(author, CommunityReputationAction.COMMENT_CREATED, Ledger.COMMENT_CREATED, "comment",
                comment));
        return ApiResponse.ok(new CommentEnvelope(sql.jsonOne("SELECT CAST(" + COMMENT_ITEM + " AS text) FROM "
                + COMMENT_FROM + " WHERE c.id = :id", Map.of("id", comment))));
    }

    /** 401 anonymous, 404 unknown post, 403 for a caller neither its author nor an admin. */
    private void authorOrAdmin(String id, String refusal) {
        String user = caller.userId();
        Object author = sql.value("SELECT pr.\"userId\" FROM " + Sql.POST + " p JOIN " + Sql.PROFILE
                + " pr ON pr.id = p.\"authorId\" WHERE p.id = :id", Map.of("id", id));
        if (author == null) {
            throw Inputs.notFound("Post not found");
        }
        if (!author.equals(user) && !profiles.isAdmin()) {
            throw PlatformException.forbidden(refusal);
        }
    }
}
