package io.naap.db.rest.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.naap.db.config.SharedDbRuntimeConfig;
import io.naap.db.data.Aggregations;
import io.naap.db.data.DataClient;
import io.naap.db.data.Filter;
import io.naap.db.data.FilterParser;
import io.naap.db.data.FindArgs;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.ModelSpec;
import io.naap.db.data.OrderBy;
import io.naap.db.data.Records;
import io.naap.db.data.ownership.Ownership;
import io.naap.db.model.support.UuidModel;
import io.naap.db.error.ErrorCode;
import io.naap.db.error.PlatformException;
import io.naap.db.rest.ApiResponse;
import io.naap.db.rest.Inputs;
import io.naap.db.rest.StrictText;
import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Every model of the service's own plugin over HTTP, under {@code /api/v1/<plugin>/_data/<Model>} (the {@code _data}
 * segment cannot collide with a hand-written route), for a service built with {@code naap.projection.enabled=true}
 * (limits: {@code naap.projection.*}). Scoped as the hand-written routes are: only the plugin's own
 * models, only the caller's team where a model belongs to a team, server-owned fields never writable, bulk updates
 * and deletes refused without a filter, pages bounded.
 */
@Path("/api/v1/{plugin}/_data/{model}")
@IfBuildProperty(name = "naap.projection.enabled", stringValue = "true")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data projection", description = "The plugin's models with the data API's operations")
public class DataProjectionResource {

    private static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern.compile(Inputs.UUID);

    private final PluginModels models;
    private final DataClient db;
    private final ObjectMapper json;
    private final SharedDbRuntimeConfig.Projection limits;

    /**
     * {@code db} is the caller's client, the one the service's routes inject: scoped by the models' declared
     * ownership, with the service's extensions, so their computed fields appear in these rows too.
     */
    DataProjectionResource(PluginModels models, DataClient db, ObjectMapper json, SharedDbRuntimeConfig config) {
        this.models = models;
        this.db = db;
        this.json = json;
        this.limits = config.projection();
    }

    /** A page of records with the total the filter selects. */
    public record Page(long total, int skip, int take) {
    }

    public record ListResponse(boolean success, List<? extends Map<String, Object>> data, Page meta) {
    }

    public record Count(long count) {
    }

    @GET
    @Operation(summary = "Records matching ?where (JSON), ordered by ?orderBy (JSON), paged by ?skip and ?take (max 100) "
            + "or from the record ?cursor (an id), with only the ?select fields, the ?include relations and the "
            + "?count of to-many relations in _count (comma-separated); meta.total counts every match")
    public ListResponse list(@PathParam("plugin") String plugin, @PathParam("model") String model,
            @QueryParam("where") String where, @QueryParam("orderBy") String orderBy,
            @QueryParam("skip") String skip, @QueryParam("take") String take, @QueryParam("cursor") String cursor,
            @QueryParam("select") String select, @QueryParam("include") String include,
            @QueryParam("count") String count) {
        ModelDelegate<?> delegate = delegate(plugin, model);
        ModelSpec spec = delegate.model();
        Filter filter = FilterParser.parse(spec, parse("where", where));
        int from = bounded("skip", skip, 0, Integer.MAX_VALUE, 0);
        int size = bounded("take", take, 0, limits.maxTake(), limits.defaultTake());
        FindArgs args = FindArgs.where(filter).orderBy(orders(spec, orderBy)).skip(from).take(size)
                .select(names(select)).include(includes(spec, include));
        for (String relation : names(count)) {
            args = args.count(relation);
        }
        if (cursor != null) {
            validId(spec, cursor, "cursor");
            args = args.cursor(Records.value(spec.idField(), json.getNodeFactory().textNode(cursor), "cursor"));
        }
        return new ListResponse(true, delegate.findManyRows(args), new Page(delegate.count(filter), from, size));
    }

    @GET
    @Path("_count")
    @Operation(summary = "How many records match ?where")
    public ApiResponse<Count> count(@PathParam("plugin") String plugin, @PathParam("model") String model,
            @QueryParam("where") String where) {
        ModelDelegate<?> delegate = delegate(plugin, model);
        return ApiResponse.ok(new Count(delegate.count(FilterParser.parse(delegate.model(), parse("where", where)))));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One record, with ?include relations")
    public ApiResponse<Map<String, Object>> get(@PathParam("plugin") String plugin, @PathParam("model") String model,
            @PathParam("id") String id, @QueryParam("include") String include) {
        ModelDelegate<?> delegate = delegate(plugin, model);
        return ApiResponse.ok(delegate.findManyRows(FindArgs.where(byId(delegate.model(), id))
                .include(includes(delegate.model(), include)).take(1)).stream().findFirst()
                .orElseThrow(() -> PlatformException.notFound(delegate.model().name())));
    }

    @POST
    @Transactional
    @ResponseStatus(201)
    @Operation(summary = "Create a record from the body's fields")
    public ApiResponse<Map<String, Object>> create(@PathParam("plugin") String plugin,
            @PathParam("model") String model, JsonNode body) {
        return ApiResponse.ok(createOne(delegate(plugin, model), body, "data"));
    }

    @POST
    @Path("_bulk")
    @Transactional
    @ResponseStatus(201)
    @Operation(summary = "Create every record of the body's array (at most 1000) in one transaction; the count. "
            + "With ?skipDuplicates=true, records that would break a unique constraint are skipped")
    public ApiResponse<Count> createMany(@PathParam("plugin") String plugin, @PathParam("model") String model,
            @QueryParam("skipDuplicates") String skipDuplicates, JsonNode body) {
        ModelDelegate<?> delegate = delegate(plugin, model);
        if (body == null || !body.isArray() || body.isEmpty() || body.size() > limits.maxBulk()) {
            throw PlatformException.invalidField("data", "must be an array of 1 to " + limits.maxBulk() + " records");
        }
        if (skipDuplicates != null && !skipDuplicates.equals("true") && !skipDuplicates.equals("false")) {
            throw PlatformException.invalidField("skipDuplicates", "must be true or false");
        }
        return ApiResponse.ok(new Count(createAll(delegate, body, "true".equals(skipDuplicates))));
    }

    @PATCH
    @Path("{id}")
    @Transactional
    @Operation(summary = "Change a record's fields")
    public ApiResponse<Map<String, Object>> update(@PathParam("plugin") String plugin,
            @PathParam("model") String model, @PathParam("id") String id, JsonNode body) {
        return ApiResponse.ok(updateOne(delegate(plugin, model), id, body));
    }

    @PATCH
    @Transactional
    @Operation(summary = "Set {data} on every record matching {where}, which is required; the count")
    public ApiResponse<Count> updateMany(@PathParam("plugin") String plugin, @PathParam("model") String model,
            JsonNode body) {
        ModelDelegate<?> delegate = delegate(plugin, model);
        ModelSpec spec = delegate.model();
        Filter where = requiredWhere(spec, body == null ? null : body.get("where"), "update");
        JsonNode data = body.get("data");
        if (data == null || !data.isObject() || data.isEmpty()) {
            throw PlatformException.invalidField("data", "must be an object with the fields to set");
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        data.properties().forEach(entry -> {
            String path = "data." + entry.getKey();
            ModelSpec.FieldSpec field = spec.field(entry.getKey()).orElseThrow(
                    () -> PlatformException.invalidField(path, "is not a field of " + spec.name()));
            if (!field.writable() || field.kind().isRelation() || callerFields(spec).contains(field.name())) {
                throw PlatformException.invalidField(path, "cannot be set in a bulk update");
            }
            if (entry.getValue().isNull() && !field.nullable()) {
                throw PlatformException.invalidField(path, "is required and cannot be null");
            }
            values.put(field.name(), entry.getValue().isNull() ? null : Records.value(field, entry.getValue(), path));
        });
        return ApiResponse.ok(new Count(delegate.updateMany(where, values)));
    }

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(summary = "Upsert: update the record with {update}, or create it with {create} and this id")
    public ApiResponse<Map<String, Object>> upsert(@PathParam("plugin") String plugin,
            @PathParam("model") String model, @PathParam("id") String id, JsonNode body) {
        return ApiResponse.ok(upsertOne(delegate(plugin, model), id, body));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @Operation(summary = "Delete a record; the deleted record")
    public ApiResponse<Map<String, Object>> delete(@PathParam("plugin") String plugin,
            @PathParam("model") String model, @PathParam("id") String id) {
        return ApiResponse.ok(deleteOne(delegate(plugin, model), id));
    }

    @DELETE
    @Transactional
    @Operation(summary = "Delete every record matching ?where, which is required; the count")
    public ApiResponse<Count> deleteMany(@PathParam("plugin") String plugin, @PathParam("model") String model,
            @QueryParam("where") String where) {
        ModelDelegate<?> delegate = delegate(plugin, model);
        return ApiResponse.ok(new Count(delegate.deleteMany(requiredWhere(delegate.model(), parse("where", where),
                "delete"))));
    }

    @POST
    @Path("_aggregate")
    @Operation(summary = "Aggregations of the records matching {where}: {_count: true, _sum, _avg, _min, _max: [fields]}")
    public ApiResponse<Map<String, Object>> aggregate(@PathParam("plugin") String plugin,
            @PathParam("model") String model, JsonNode body) {
        ModelDelegate<?> delegate = delegate(plugin, model);
        JsonNode request = body == null ? json.createObjectNode() : body;
        return ApiResponse.ok(delegate.aggregate(FilterParser.parse(delegate.model(), request.get("where")),
                aggregations(request)));
    }

    @POST
    @Path("_group-by")
    @Operation(summary = "One row per value of {by: [fields]} among the records matching {where}, with aggregations, "
            + "kept by {having} and ordered by {orderBy} (grouped fields or aggregates such as _count)")
    public ApiResponse<List<Map<String, Object>>> groupBy(@PathParam("plugin") String plugin,
            @PathParam("model") String model, JsonNode body) {
        ModelDelegate<?> delegate = delegate(plugin, model);
        ModelSpec spec = delegate.model();
        JsonNode request = body == null ? json.createObjectNode() : body;
        List<String> by = strings(request.get("by"), "by");
        if (by.isEmpty()) {
            throw PlatformException.invalidField("by", "must name at least one field");
        }
        return ApiResponse.ok(delegate.groupBy(by, FilterParser.parse(spec, request.get("where")),
                aggregations(request), FilterParser.parseHaving(spec, by, request.get("having")),
                OrderParser.parseGroupOrder(request.get("orderBy"))));
    }

    private ModelDelegate<?> delegate(String plugin, String model) {
        if (!models.plugin().equals(plugin) || !models.teamScoped()) {
            throw new PlatformException(ErrorCode.NOT_FOUND, "Route not found");
        }
        Class<?> type = models.byName(model).orElseThrow(() -> new PlatformException(ErrorCode.NOT_FOUND,
                "No model " + model + " in plugin " + plugin, Map.of("models", models.all().keySet()), null));
        return db.model(type);
    }

    /**
     * The record {@code id} of {@code model} (the client's team scoping keeps it to the caller's team). Ids the
     * application generates as UUIDs must be UUIDs, as in every hand-written route.
     */
    private static Filter byId(ModelSpec model, String id) {
        return Filter.eq(model.idField().name(), validId(model, id, "id"));
    }

    private static String validId(ModelSpec model, String id, String parameter) {
        if (UuidModel.class.isAssignableFrom(model.entityClass()) && !UUID_TEXT.matcher(id).matches()) {
            throw PlatformException.invalidField(parameter, Inputs.UUID_MESSAGE);
        }
        return id;
    }

    /** The filter of a bulk write: required, and refused when it would select every record whatever it says. */
    private Filter requiredWhere(ModelSpec model, JsonNode where, String operation) {
        Filter filter = FilterParser.parse(model, where);
        if (Filter.matchesEverything(filter)) {
            throw PlatformException.invalidField("where",
                    "is required and must narrow the records: a bulk " + operation + " needs a filter");
        }
        return filter;
    }

    private <E> Map<String, Object> createOne(ModelDelegate<E> delegate, JsonNode data, String path) {
        return delegate.row(delegate.create(newRecord(delegate, data, path)));
    }

    private <E> int createAll(ModelDelegate<E> delegate, JsonNode array, boolean skipDuplicates) {
        List<E> records = new ArrayList<>();
        int i = 0;
        for (JsonNode data : array) {
            records.add(newRecord(delegate, data, "data[" + i++ + "]"));
        }
        return delegate.createMany(records, skipDuplicates);
    }

    private <E> E newRecord(ModelDelegate<E> delegate, JsonNode data, String path) {
        ModelSpec spec = delegate.model();
        E record = instantiate(spec);
        Records.apply(spec, data, record, callerFields(spec), this::connect, path);
        return record;
    }

    private <E> Map<String, Object> updateOne(ModelDelegate<E> delegate, String id, JsonNode data) {
        ModelSpec spec = delegate.model();
        E record = delegate.update(byId(spec, id),
                r -> Records.apply(spec, data, r, callerFields(spec), this::connect, "data"));
        return delegate.row(record);
    }

    private <E> Map<String, Object> deleteOne(ModelDelegate<E> delegate, String id) {
        return delegate.row(delegate.delete(byId(delegate.model(), id)));
    }

    private <E> Map<String, Object> upsertOne(ModelDelegate<E> delegate, String id, JsonNode body) {
        ModelSpec spec = delegate.model();
        if (body == null || !body.isObject() || !body.has("create") || !body.has("update")) {
            throw PlatformException.invalidField("data", "must be {\"create\": {…}, \"update\": {…}}");
        }
        ModelSpec.FieldSpec idField = spec.idField();
        ModelDelegate.Upserted<E> result;
        try {
            result = delegate.upsert(byId(spec, id), () -> {
                E record = newRecord(delegate, body.get("create"), "create");
                Records.set(record, idField.name(), id);
                return record;
            }, r -> Records.apply(spec, body.get("update"), r, callerFields(spec), this::connect, "update"));
        } catch (PlatformException e) {
            // The caller's scope found no record, yet the id is taken: by a record the caller may not see, whose
            // existence it must not learn. Answered as every route answers for another team's record.
            if (e.code() == ErrorCode.UNIQUE_CONSTRAINT_VIOLATION && e.details() instanceof Map<?, ?> details
                    && List.of(idField.name()).equals(details.get("fields"))) {
                throw PlatformException.notFound(spec.name());
            }
            throw e;
        }
        Map<String, Object> data = delegate.row(result.record());
        data.put("_created", result.created());
        return data;
    }

    /** A related record a write points to: it must exist and, when team-owned, be the caller's team's. */
    private Object connect(String relation, ModelSpec target, Object id) {
        return db.model(target.entityClass()).findUniqueOrThrow(Filter.eq(target.idField().name(), id));
    }

    /** The fields the client sets from the caller (the team's, the owner's), never from the body. */
    private static Set<String> callerFields(ModelSpec spec) {
        return Ownership.of(spec).callerFields();
    }

    @SuppressWarnings("unchecked")
    private static <E> E instantiate(ModelSpec spec) {
        try {
            return (E) spec.entityClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create a " + spec.name(), e);
        }
    }

    private List<OrderBy> orders(ModelSpec spec, String orderBy) {
        return OrderParser.parse(spec, parse("orderBy", orderBy));
    }

    /** A comma-separated list of names, at most 50. */
    private static List<String> names(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        List<String> names = Arrays.stream(list.split(",")).map(String::trim).toList();
        if (names.size() > 50) {
            throw PlatformException.invalidField("select", "names more than 50 fields");
        }
        return names;
    }

    private static List<String> includes(ModelSpec spec, String include) {
        List<String> relations = names(include);
        for (String relation : relations) {
            if (spec.field(relation).filter(f -> f.kind().isRelation()).isEmpty()) {
                throw PlatformException.invalidField("include." + relation, "is not a relation of " + spec.name());
            }
        }
        return relations;
    }

    private JsonNode parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        StrictText.checkJson(value, parameter);
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw PlatformException.invalidField(parameter, "malformed JSON");
        }
    }

    /** A whole-number query parameter within bounds; read here, so that "abc" is a 400 naming it, not a 404. */
    private static int bounded(String name, String text, int min, int max, int fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw PlatformException.invalidField(name, "must be a whole number between " + min + " and " + max);
        }
        if (value < min || value > max) {
            throw PlatformException.invalidField(name, "must be between " + min + " and " + max);
        }
        return (int) value;
    }

    private static Aggregations aggregations(JsonNode request) {
        Aggregations aggregations = request.path("_count").asBoolean(false) ? Aggregations.count()
                : Aggregations.none();
        return aggregations.sum(strings(request.get("_sum"), "_sum").toArray(String[]::new))
                .avg(strings(request.get("_avg"), "_avg").toArray(String[]::new))
                .min(strings(request.get("_min"), "_min").toArray(String[]::new))
                .max(strings(request.get("_max"), "_max").toArray(String[]::new));
    }

    private static List<String> strings(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > 20) {
            throw PlatformException.invalidField(name, "must be an array of at most 20 field names");
        }
        List<String> values = new ArrayList<>();
        node.forEach(value -> {
            if (!value.isTextual()) {
                throw PlatformException.invalidField(name, "must be an array of field names");
            }
            values.add(value.textValue());
        });
        return values;
    }
}
