package io.naap.community;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.naap.db.model.community.CommunityCategory;
import io.naap.db.rest.ApiResponse;

/**
 * Search over posts with PostgreSQL full-text search: {@code to_tsvector('simple', title || ' ' || content)}
 * matched against the words of the query as prefixes, served by the GIN index {@code CommunityPost_search_idx} of
 * the migration (the expression here must stay the index's). The {@code simple} configuration does not stem, so
 * the words are found as written, in any language.
 */
@Path("/api/v1/community/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    /** Post {@code p} matches the tsquery {@code :q}. */
    static final String MATCHES = "to_tsvector(CAST('simple' AS regconfig), p.title || ' ' || p.content)"
            + " @@ to_tsquery(CAST('simple' AS regconfig), :q)";

    private static final String ITEM = "jsonb_build_object('id', p.id, 'title', p.title, 'content', p.content,"
            + " 'postType', p.\"postType\", 'category', p.category, 'status', p.status, 'upvotes', p.upvotes,"
            + " 'viewCount', p.\"viewCount\", 'commentCount', p.\"commentCount\", 'isSolved', p.\"isSolved\","
            + " 'isPinned', p.\"isPinned\", 'createdAt', " + Sql.iso("p.\"createdAt\"") + ", 'updatedAt', "
            + Sql.iso("p.\"updatedAt\"") + ", 'author', " + Sql.FLAT_AUTHOR + ", 'tags', " + Sql.TAGS + ")";

    private final Sql sql;

    SearchResource(Sql sql) {
        this.sql = sql;
    }

    public record SearchResult(String query, JsonNode posts, long total) {
    }

    @GET
    @Operation(summary = "Posts whose title or content contain the words of ?q (as prefixes), by upvotes then newest;"
            + " ?category, ?solved=true, ?tag (a slug); ?page, ?pageSize")
    public ApiResponse<SearchResult> search(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("solved") String solved, @QueryParam("tag") String tag, @QueryParam("page") String page,
            @QueryParam("pageSize") String pageSize) {
        if (q == null || q.isBlank()) {
            throw Inputs.badRequest("Search query is required");
        }
        Inputs.Page paging = Inputs.Page.of(page, pageSize, null, null);
        Map<String, Object> params = new HashMap<>();
        params.put("q", Inputs.tsQuery(q));
        List<String> where = new ArrayList<>(List.of(MATCHES));
        if (category != null && !category.isBlank() && !category.equalsIgnoreCase("all")) {
            where.add("p.category = CAST(:category AS plugin_community.\"CommunityCategory\")");
            params.put("category", Inputs.enumValue(CommunityCategory.class, "category", category).name());
        }
        if (Boolean.TRUE.equals(Inputs.bool("solved", solved))) {
            where.add("p.\"isSolved\"");
        }
        if (tag != null && !tag.isBlank()) {
            where.add("EXISTS (SELECT 1 FROM " + Sql.POST_TAG + " pt JOIN " + Sql.TAG + " t ON t.id = pt.\"tagId\""
                    + " WHERE pt.\"postId\" = p.id AND t.slug = :tag)");
            params.put("tag", tag);
        }
        String filter = " WHERE " + String.join(" AND ", where);
        long total = ((Number) sql.value("SELECT count(*) FROM " + Sql.POST + " p" + filter, params)).longValue();
        params.put("take", paging.pageSize());
        params.put("skip", paging.skip());
        String ordering = " ORDER BY p.upvotes DESC, p.\"createdAt\" DESC, p.id";
        JsonNode posts = sql.jsonList("SELECT CAST(" + ITEM + " AS text) FROM (SELECT p.* FROM " + Sql.POST + " p"
                + filter + ordering + " LIMIT :take OFFSET :skip) p" + Sql.AUTHOR_JOIN + ordering, params);
        return ApiResponse.ok(new SearchResult(q, posts, total));
    }
}
