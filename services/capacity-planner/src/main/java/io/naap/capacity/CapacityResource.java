package io.naap.capacity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.naap.capacity.CapacityRequests.CommentRequest;
import io.naap.capacity.CapacityRequests.CommitRequest;
import io.naap.capacity.CapacityRequests.CreateRequest;
import io.naap.capacity.CapacityRequests.UpdateRequest;
import io.naap.capacity.CapacityViews.CommentView;
import io.naap.capacity.CapacityViews.CommitResult;
import io.naap.capacity.CapacityViews.Deleted;
import io.naap.capacity.CapacityViews.Meta;
import io.naap.capacity.CapacityViews.Page;
import io.naap.capacity.CapacityViews.RequestView;
import io.naap.capacity.CapacityViews.SoftCommitView;
import io.naap.capacity.CapacityViews.Summary;
import io.naap.capacity.CapacityViews.Withdrawn;
import io.naap.db.auth.PlatformIdentity;
import io.naap.db.data.Aggregations;
import io.naap.db.data.DataClient;
import io.naap.db.data.Filter;
import io.naap.db.data.FindArgs;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.OrderBy;
import io.naap.db.data.Row;
import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.naap.db.model.capacity.CapacityRequest;
import io.naap.db.model.capacity.CapacityRequestComment;
import io.naap.db.model.capacity.CapacityRequest_;
import io.naap.db.model.capacity.CapacitySoftCommit;
import io.naap.db.model.capacity.CapacitySoftCommit_;
import io.naap.db.model.support.UuidModel;
import io.naap.db.rest.ApiResponse;
import io.naap.db.rest.Caller;
import io.naap.db.rest.WithoutTeam;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The capacity planner: GPU capacity requests, soft commits, comments and their summary. Requests belong to no team;
 * reads are public, writes need a session, and a request is changed or deleted only by its creator or a
 * {@code system:admin}.
 */
@WithoutTeam
@Path("/api/v1/capacity-planner")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity requests")
public class CapacityResource {

    static final String ADMIN_ROLE = "system:admin";
    static final String DEFAULT_ACCOUNT = "0x0000000000000000000000000000000000000000";
    private static final List<String> SEARCHED = List.of(CapacityRequest_.REQUESTER_NAME,
            CapacityRequest_.REQUESTER_ACCOUNT, CapacityRequest_.GPU_MODEL, CapacityRequest_.PIPELINE,
            CapacityRequest_.REASON, CapacityRequest_.OS_VERSION, CapacityRequest_.CUDA_VERSION);

    private final Caller caller;
    private final Validator validator;
    private final ModelDelegate<CapacityRequest> requests;
    private final ModelDelegate<CapacitySoftCommit> commits;
    private final ModelDelegate<CapacityRequestComment> comments;

    CapacityResource(Caller caller, DataClient db, Validator validator) {
        this.caller = caller;
        this.validator = validator;
        this.requests = db.model(CapacityRequest.class);
        this.commits = db.model(CapacitySoftCommit.class);
        this.comments = db.model(CapacityRequestComment.class);
    }

    @GET
    @Path("requests")
    @Operation(summary = "Requests, active by default (status=active|archived|all), filtered, sorted and paginated,"
            + " each with its soft commits and comments: four statements")
    public Page<RequestView> list(@QueryParam("status") String status, @QueryParam("pipeline") String pipeline,
            @QueryParam("gpuModel") String gpuModel, @QueryParam("vramMin") String vramMin,
            @QueryParam("search") String search, @QueryParam("sort") String sort,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("page") String page, @QueryParam("pageSize") String pageSize) {
        Instant now = UuidModel.now();
        List<Filter> where = new ArrayList<>();
        where.add(Lifecycle.byStatusParameter(status, now));
        if (pipeline != null && !pipeline.isEmpty()) {
            where.add(Filter.eq(CapacityRequest_.PIPELINE, pipeline));
        }
        if (gpuModel != null && !gpuModel.isEmpty()) {
            where.add(Filter.eq(CapacityRequest_.GPU_MODEL, gpuModel));
        }
        Paging.jsInt(vramMin).ifPresent(min -> where.add(Filter.gte(CapacityRequest_.VRAM,
                (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, min)))));
        if (search != null && !search.isEmpty()) {
            where.add(new Filter.Or(SEARCHED.stream().<Filter>map(field -> new Filter.Condition(field,
                    Filter.Operator.CONTAINS, search, true)).toList()));
        }
        Filter filter = Filter.and(where);
        Paging paging = Paging.of(limit, offset, page, pageSize);
        long total = requests.count(filter);
        List<RequestView> data = requests.findManyRows(FindArgs.where(filter).orderBy(order(sort))
                .skip(paging.skip()).take(paging.pageSize())
                .include(CapacityRequest_.SOFT_COMMITS, CapacityRequest_.COMMENTS))
                .stream().map(RequestView::of).toList();
        return new Page<>(true, data, new Meta(paging.page(), paging.pageSize(), total,
                (total + paging.pageSize() - 1) / paging.pageSize(), now));
    }

    /** The six sorts; ties newest first, then by id, so that pages never overlap. */
    static List<OrderBy> order(String sort) {
        OrderBy first = switch (sort == null ? "" : sort) {
            case "gpuCount" -> OrderBy.desc(CapacityRequest_.COUNT);
            case "hourlyRate" -> OrderBy.desc(CapacityRequest_.HOURLY_RATE);
            case "riskLevel" -> OrderBy.desc(CapacityRequest_.RISK_LEVEL);
            case "deadline" -> OrderBy.asc(CapacityRequest_.VALID_UNTIL);
            case "mostCommits" -> OrderBy.desc("_count." + CapacityRequest_.SOFT_COMMITS);
            default -> null;
        };
        List<OrderBy> orders = new ArrayList<>();
        if (first != null) {
            orders.add(first);
        }
        orders.add(OrderBy.desc(CapacityRequest_.CREATED_AT));
        orders.add(OrderBy.asc(CapacityRequest_.ID));
        return orders;
    }

    @POST
    @Path("requests")
    @ResponseStatus(201)
    @Operation(summary = "Create a request; its creator is the session's user")
    public ApiResponse<RequestView> create(@Valid @NotNull CreateRequest body) {
        String creator = caller.userId();
        CapacityRequest request = new CapacityRequest();
        request.creatorId = creator;
        request.requesterName = body.requesterName();
        request.requesterAccount = orDefault(body.requesterAccount(), DEFAULT_ACCOUNT);
        request.gpuModel = body.gpuModel();
        request.vram = body.vram();
        request.osVersion = orDefault(body.osVersion(), "Any");
        request.cudaVersion = orDefault(body.cudaVersion(), "Any");
        request.count = body.count();
        request.pipeline = body.pipeline();
        request.startDate = body.startDate();
        request.endDate = body.endDate();
        request.validUntil = body.validUntil();
        request.hourlyRate = body.hourlyRate();
        request.reason = body.reason();
        request.riskLevel = body.riskLevel() == null ? 3 : body.riskLevel();
        requireValid(request);
        return ApiResponse.ok(RequestView.of(requests.create(request)));
    }

    @GET
    @Path("requests/{id}")
    @Operation(summary = "A request as stored, with its comments and soft commits as stored, newest first")
    public ApiResponse<Row> get(@PathParam("id") String id) {
        return ApiResponse.ok(requests.findManyRows(FindArgs.where(byId(id))
                .include(CapacityRequest_.COMMENTS, CapacityRequest_.SOFT_COMMITS))
                .stream().findFirst().orElseThrow(CapacityResource::notFound));
    }

    @PATCH
    @Path("requests/{id}")
    @Transactional
    @Operation(summary = "Change a request's status, GPU, pipeline, reason, count, rate or risk level (creator or"
            + " system:admin)")
    public ApiResponse<Row> update(@PathParam("id") String id, @Valid @NotNull UpdateRequest body) {
        SecurityIdentity identity = caller.identity();
        CapacityRequest request = requests.findUnique(byId(id)).orElseThrow(CapacityResource::notFound);
        requireCreatorOrAdmin(request, identity, "modify");
        CapacityRequest updated = requests.update(byId(id), r -> {
            if (body.status() != null) {
                r.status = body.status();
            }
            if (present(body.gpuModel())) {
                r.gpuModel = body.gpuModel();
            }
            if (present(body.pipeline())) {
                r.pipeline = body.pipeline();
            }
            if (present(body.reason())) {
                r.reason = body.reason();
            }
            if (body.count() != null) {
                r.count = body.count();
            }
            if (body.hourlyRate() != null) {
                r.hourlyRate = body.hourlyRate();
            }
            if (body.riskLevel() != null) {
                r.riskLevel = body.riskLevel();
            }
            requireValid(r);
        });
        return ApiResponse.ok(requests.row(updated));
    }

    @DELETE
    @Path("requests/{id}")
    @Transactional
    @Operation(summary = "Delete a request with its soft commits and comments (creator or system:admin)")
    public ApiResponse<Deleted> delete(@PathParam("id") String id) {
        SecurityIdentity identity = caller.identity();
        CapacityRequest request = requests.findUnique(byId(id)).orElseThrow(CapacityResource::notFound);
        requireCreatorOrAdmin(request, identity, "delete");
        requests.delete(byId(id));
        return ApiResponse.ok(new Deleted(id));
    }

    @POST
    @Path("requests/{id}/commit")
    @Operation(summary = "Soft-commit GPUs to a request (one commit per user: added, then updated), or withdraw")
    public ApiResponse<Object> commit(@PathParam("id") String id, @Valid CommitRequest body) {
        SecurityIdentity identity = caller.identity();
        String userId = identity.getPrincipal().getName();
        CommitRequest args = body == null ? new CommitRequest(null, null, null) : body;
        if (requests.count(byId(id)) == 0) {
            throw notFound();
        }
        Filter mine = Filter.and(Filter.eq(CapacitySoftCommit_.REQUEST_ID, id),
                Filter.eq(CapacitySoftCommit_.USER_ID, userId));
        if (Boolean.TRUE.equals(args.withdraw())) {
            Optional<CapacitySoftCommit> existing = commits.findFirst(FindArgs.where(mine));
            existing.ifPresent(c -> commits.deleteMany(mine));
            String name = existing.map(c -> c.userName).orElseGet(() -> firstPresent(
                    attribute(identity, PlatformIdentity.DISPLAY_NAME), attribute(identity, PlatformIdentity.EMAIL)));
            return ApiResponse.ok(new Withdrawn("removed", userId, name));
        }
        int gpuCount = args.gpuCount() == null ? 1 : args.gpuCount();
        String userName = truncate(firstPresent(attribute(identity, PlatformIdentity.DISPLAY_NAME),
                attribute(identity, PlatformIdentity.EMAIL), args.userName()));
        ModelDelegate.Upserted<CapacitySoftCommit> upserted = commits.upsert(mine, () -> {
            CapacitySoftCommit commit = new CapacitySoftCommit();
            commit.request = requests.reference(id);
            commit.requestId = id;
            commit.userId = userId;
            commit.userName = userName;
            commit.gpuCount = gpuCount;
            requireValid(commit);
            return commit;
        }, commit -> {
            commit.gpuCount = gpuCount;
            commit.userName = userName;
            requireValid(commit);
        });
        CapacitySoftCommit c = upserted.record();
        return ApiResponse.ok(new CommitResult(upserted.created() ? "added" : "updated",
                new SoftCommitView(c.id, c.userId, c.userName, c.gpuCount, c.createdAt)));
    }

    @POST
    @Path("requests/{id}/comments")
    @Transactional
    @Operation(summary = "Comment on a request; the author is the one given, else the caller's name")
    public ApiResponse<CommentView> comment(@PathParam("id") String id, @Valid @NotNull CommentRequest body) {
        SecurityIdentity identity = caller.identity();
        if (requests.count(byId(id)) == 0) {
            throw notFound();
        }
        CapacityRequestComment comment = new CapacityRequestComment();
        comment.request = requests.reference(id);
        comment.requestId = id;
        comment.author = truncate(firstPresent(body.author(), attribute(identity, PlatformIdentity.DISPLAY_NAME),
                attribute(identity, PlatformIdentity.EMAIL)));
        comment.text = body.text();
        requireValid(comment);
        CapacityRequestComment created = comments.create(comment);
        return ApiResponse.ok(new CommentView(created.id, created.author, created.text, created.createdAt));
    }

    @GET
    @Path("summary")
    @Operation(summary = "Aggregates of the active requests, computed in SQL: four statements")
    public ApiResponse<Summary> summary() {
        Filter active = Lifecycle.active(UuidModel.now());
        Map<String, Object> totals = requests.aggregate(active, Aggregations.count().sum(CapacityRequest_.COUNT)
                .avg(CapacityRequest_.HOURLY_RATE));
        // Each leader: the largest aggregate; a tie goes to the key whose first request came first.
        List<Map<String, Object>> gpus = requests.groupBy(List.of(CapacityRequest_.GPU_MODEL), active,
                Aggregations.none().sum(CapacityRequest_.COUNT).min(CapacityRequest_.CREATED_AT),
                List.of(OrderBy.desc("_sum.count"), OrderBy.asc("_min.createdAt"),
                        OrderBy.asc(CapacityRequest_.GPU_MODEL)));
        List<Map<String, Object>> pipelines = requests.groupBy(List.of(CapacityRequest_.PIPELINE), active,
                Aggregations.count().min(CapacityRequest_.CREATED_AT),
                List.of(OrderBy.desc("_count"), OrderBy.asc("_min.createdAt"),
                        OrderBy.asc(CapacityRequest_.PIPELINE)));
        List<Map<String, Object>> requesters = requests.groupBy(List.of(CapacityRequest_.REQUESTER_NAME), active,
                Aggregations.count().min(CapacityRequest_.CREATED_AT),
                List.of(OrderBy.desc("_count"), OrderBy.asc("_min.createdAt"),
                        OrderBy.asc(CapacityRequest_.REQUESTER_NAME)));
        long total = ((Number) totals.get("_count")).longValue();
        Number gpusNeeded = (Number) totals.get("_sum.count");
        Number avgRate = (Number) totals.get("_avg.hourlyRate");
        return ApiResponse.ok(new Summary(total, gpusNeeded == null ? 0 : gpusNeeded.longValue(),
                avgRate == null ? 0 : avgRate.doubleValue(),
                gpus.isEmpty() ? null : new CapacityViews.Named((String) gpus.get(0).get(CapacityRequest_.GPU_MODEL),
                        null, ((Number) gpus.get(0).get("_sum.count")).longValue()),
                pipelines.isEmpty() ? null : new CapacityViews.Named(null,
                        (String) pipelines.get(0).get(CapacityRequest_.PIPELINE),
                        ((Number) pipelines.get(0).get("_count")).longValue()),
                requesters.isEmpty() ? null : new CapacityViews.Named(null,
                        (String) requesters.get(0).get(CapacityRequest_.REQUESTER_NAME),
                        ((Number) requesters.get(0).get("_count")).longValue()),
                sortedKeys(gpus, CapacityRequest_.GPU_MODEL),
                sortedKeys(pipelines, CapacityRequest_.PIPELINE)));
    }

    /** The group keys in ascending code-unit order (JavaScript's default sort). */
    private static List<String> sortedKeys(List<Map<String, Object>> groups, String key) {
        return groups.stream().map(g -> (String) g.get(key)).sorted().toList();
    }

    private static void requireCreatorOrAdmin(CapacityRequest request, SecurityIdentity identity, String action) {
        boolean creator = request.creatorId != null && request.creatorId.equals(identity.getPrincipal().getName());
        if (!creator && !identity.hasRole(ADMIN_ROLE)) {
            throw PlatformException.forbidden("Only the request creator or an admin can " + action + " this request");
        }
    }

    /** The record's invariants (its Bean Validation constraints), checked before it is written. */
    private <T> void requireValid(T record) {
        Set<ConstraintViolation<T>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static Filter byId(String id) {
        return Filter.eq(CapacityRequest_.ID, id);
    }

    private static PlatformException notFound() {
        return new PlatformException(ErrorCode.NOT_FOUND, "Capacity request not found");
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

    private static String orDefault(String value, String fallback) {
        return present(value) ? value : fallback;
    }

    private static String attribute(SecurityIdentity identity, String name) {
        Object value = identity.getAttribute(name);
        return value instanceof String text ? text : null;
    }

    /** JavaScript's {@code a || b || … || 'Anonymous'}. */
    private static String firstPresent(String... values) {
        for (String value : values) {
            if (present(value)) {
                return value;
            }
        }
        return "Anonymous";
    }

    /** A display name or e-mail address from the platform, cut to the stored bound. */
    private static String truncate(String name) {
        return name.length() <= CapacityRequest.MAX_NAME ? name : name.substring(0, CapacityRequest.MAX_NAME);
    }
}
