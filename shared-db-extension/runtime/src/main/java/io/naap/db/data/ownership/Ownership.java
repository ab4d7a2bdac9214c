package io.naap.db.data.ownership;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.naap.db.data.Filter;
import io.naap.db.data.ModelSpec;
import io.naap.db.data.ModelSpec.FieldSpec;

/**
 * Who owns a model's records, as its entity declares it ({@link TeamOwned}, {@link UserOwned}, {@link Unowned}),
 * read once per model and checked against its fields. A model that declares nothing is {@link Kind#UNDECLARED}:
 * the default client refuses it rather than guess.
 */
public record Ownership(ModelSpec model, Kind kind, String teamField, String teamThrough, String ownerField,
        boolean readableByAll, Set<String> callerFields) {

    public enum Kind {
        TEAM, USER, NONE, UNDECLARED
    }

    private static final Map<ModelSpec, Ownership> CACHE = new ConcurrentHashMap<>();

    /** The ownership {@code model}'s entity declares; {@code IllegalStateException} for a declaration that is wrong. */
    public static Ownership of(ModelSpec model) {
        return of(model, CACHE);
    }

    /**
     * Read outside the map's {@code computeIfAbsent}: reading a model owned through a relation reads the related
     * model's ownership first, and a map's mapping function must not add to the same map (a {@code ConcurrentHashMap}
     * throws "Recursive update" whenever both keys fall in one bin, which depends on their hash codes in that JVM).
     * Two threads may both read a model; the first to store it wins.
     */
    static Ownership of(ModelSpec model, Map<ModelSpec, Ownership> cache) {
        Ownership known = cache.get(model);
        if (known != null) {
            return known;
        }
        Ownership read = read(model, cache);
        Ownership raced = cache.putIfAbsent(model, read);
        return raced != null ? raced : read;
    }

    public boolean teamOwned() {
        return kind == Kind.TEAM;
    }

    /** The filter that keeps the model's records to {@code team}; empty for a model no team owns. */
    public Optional<Filter> teamFilter(String team) {
        if (kind != Kind.TEAM) {
            return Optional.empty();
        }
        if (!teamField.isEmpty()) {
            return Optional.of(Filter.eq(teamField, team));
        }
        return Optional.of(Filter.is(teamThrough, of(model.related(teamThrough)).teamFilter(team).orElseThrow()));
    }

    /**
     * {@code callerFields}: the fields a client never sets, because the platform sets them from the caller (the
     * team's and the owner's), sorted.
     */
    private Ownership(ModelSpec model, Kind kind, String teamField, String teamThrough, String ownerField,
            boolean readableByAll) {
        this(model, kind, teamField, teamThrough, ownerField, readableByAll, named(teamField, ownerField));
    }

    private static Set<String> named(String... fields) {
        Set<String> named = new TreeSet<>();
        for (String field : fields) {
            if (!field.isEmpty()) {
                named.add(field);
            }
        }
        return Collections.unmodifiableSet(named);
    }

    /** The message of a model the default client cannot scope. */
    public String undeclaredMessage() {
        return model.entityClass().getName() + " declares no ownership: annotate it @TeamOwned, @UserOwned or "
                + "@Unowned (io.naap.db.data.ownership), or read it through the @Unscoped DataClient of a platform job";
    }

    private static Ownership read(ModelSpec model, Map<ModelSpec, Ownership> cache) {
        Class<?> type = model.entityClass();
        TeamOwned team = type.getAnnotation(TeamOwned.class);
        UserOwned user = type.getAnnotation(UserOwned.class);
        Unowned none = type.getAnnotation(Unowned.class);
        int declared = (team != null ? 1 : 0) + (user != null ? 1 : 0) + (none != null ? 1 : 0);
        if (declared > 1) {
            throw wrong(model, "declares more than one of @TeamOwned, @UserOwned and @Unowned");
        }
        if (team != null) {
            if (team.field().isEmpty() == team.through().isEmpty()) {
                throw wrong(model, "@TeamOwned names either its team field or the relation it is owned through");
            }
            if (!team.field().isEmpty()) {
                textField(model, team.field());
            } else {
                FieldSpec relation = model.field(team.through()).orElseThrow(() -> wrong(model,
                        "@TeamOwned(through = \"" + team.through() + "\") names no field of the model"));
                if (relation.kind() != ModelSpec.Kind.TO_ONE || relation.nullable()
                        || !of(model.related(team.through()), cache).teamOwned()) {
                    throw wrong(model, "@TeamOwned(through = \"" + team.through()
                            + "\") must name a required to-one relation to a @TeamOwned model");
                }
            }
            if (!team.owner().isEmpty()) {
                textField(model, team.owner());
            }
            return new Ownership(model, Kind.TEAM, team.field(), team.through(), team.owner(), false);
        }
        if (user != null) {
            textField(model, user.field());
            return new Ownership(model, Kind.USER, "", "", user.field(), user.readableByAll());
        }
        return new Ownership(model, none != null ? Kind.NONE : Kind.UNDECLARED, "", "", "", true);
    }

    private static void textField(ModelSpec model, String name) {
        FieldSpec field = model.field(name).orElseThrow(() -> wrong(model, "names \"" + name + "\", no field of it"));
        if (field.kind() != ModelSpec.Kind.TEXT) {
            throw wrong(model, "names \"" + name + "\", which is not a text field");
        }
    }

    private static IllegalStateException wrong(ModelSpec model, String problem) {
        return new IllegalStateException(model.entityClass().getName() + " " + problem);
    }
}
