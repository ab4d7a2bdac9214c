package io.naap.db.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A named, shareable bundle of client extensions (Prisma's {@code $extends}): computed result fields, model methods,
 * query interceptors, scopes and client methods. It is a plain value: a module ships it as a constant (or a CDI bean
 * that returns one) and a service applies it in one line, {@code db.extend(SoftDelete.EXTENSION)}, which returns a
 * new client and leaves {@code db} as it was.
 *
 * <pre>{@code
 * static final ModelMethod<String, Boolean> SOFT_DELETE = ModelMethod.named("softDelete");
 * static final Extension EXTENSION = Extension.named("audit")
 *         .computed(TrackerTask.class, "overdue", List.of("dueDate", "status"), row -> …)
 *         .method(TrackerProject.class, SOFT_DELETE, (projects, id) -> …)
 *         .intercept(TrackerTask.class, Operation.FIND_MANY, call -> call.proceed(call.narrowed(…)))
 *         .build();
 * }</pre>
 */
public final class Extension {

    /** A computed field; {@code model} is null for a field of every model. */
    record Computed(Class<?> model, String name, List<String> needs, Function<Map<String, Object>, Object> compute) {
    }

    /** A model method; {@code model} is null for a method of every model. */
    record Method(Class<?> model, String name, ModelMethod.Body<?, ?, ?> body) {
    }

    /** An interceptor: of one operation of a model, of every operation of a model ({@code operation} null), or of
     * every operation of every model (both null). */
    record Interceptor(Class<?> model, Operation operation, QueryInterceptor interceptor) {
    }

    record Client(String name, ClientMethod.Body<?, ?> body) {
    }

    /**
     * Which records of a model a client sees, declared rather than intercepted: the filter they must match, asked
     * at each query (it may read the caller), or empty where the extension leaves the model as it is.
     */
    @FunctionalInterface
    public interface Scope {
        Optional<Filter> of(ModelSpec model);
    }

    /** A scope of one model, or of every model ({@code model} null). */
    record Scoped(Class<?> model, Scope scope) {
    }

    private final String name;
    private final List<Computed> computed;
    private final List<Method> methods;
    private final List<Interceptor> interceptors;
    private final List<Client> clientMethods;
    private final List<Scoped> scopes;

    private Extension(Builder builder) {
        this.name = builder.name;
        this.computed = List.copyOf(builder.computed);
        this.methods = List.copyOf(builder.methods);
        this.interceptors = List.copyOf(builder.interceptors);
        this.clientMethods = List.copyOf(builder.clientMethods);
        this.scopes = List.copyOf(builder.scopes);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    List<Computed> computed() {
        return computed;
    }

    List<Method> methods() {
        return methods;
    }

    List<Interceptor> interceptors() {
        return interceptors;
    }

    List<Client> clientMethods() {
        return clientMethods;
    }

    List<Scoped> scopes() {
        return scopes;
    }

    @Override
    public String toString() {
        return "Extension " + name;
    }

    /** Collects the parts of an extension; {@link #build()} freezes them. */
    public static final class Builder {
        private final String name;
        private final List<Computed> computed = new ArrayList<>();
        private final List<Method> methods = new ArrayList<>();
        private final List<Interceptor> interceptors = new ArrayList<>();
        private final List<Client> clientMethods = new ArrayList<>();
        private final List<Scoped> scopes = new ArrayList<>();

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("An extension needs a name");
            }
            this.name = name;
        }

        /**
         * A field computed from the fields named in {@code needs} of a record of {@code model}, on access only. It is
         * absent from a record whose read did not select every one of its needs.
         */
        public Builder computed(Class<?> model, String field, List<String> needs,
                Function<Map<String, Object>, Object> compute) {
            computed.add(new Computed(Objects.requireNonNull(model), field, List.copyOf(needs), compute));
            return this;
        }

        /** A computed field of every model's records. */
        public Builder computedForAll(String field, List<String> needs, Function<Map<String, Object>, Object> compute) {
            computed.add(new Computed(null, field, List.copyOf(needs), compute));
            return this;
        }

        public <E, A, R> Builder method(Class<E> model, ModelMethod<A, R> method, ModelMethod.Body<E, A, R> body) {
            methods.add(new Method(Objects.requireNonNull(model), method.name(), body));
            return this;
        }

        /** A method of every model; {@code self} is the delegate of the model it is called on. */
        public <A, R> Builder methodForAll(ModelMethod<A, R> method, ModelMethod.Body<Object, A, R> body) {
            methods.add(new Method(null, method.name(), body));
            return this;
        }

        /** Intercepts one operation of one model. */
        public Builder intercept(Class<?> model, Operation operation, QueryInterceptor interceptor) {
            interceptors.add(new Interceptor(Objects.requireNonNull(model), Objects.requireNonNull(operation),
                    interceptor));
            return this;
        }

        /** Intercepts every operation of one model. */
        public Builder intercept(Class<?> model, QueryInterceptor interceptor) {
            interceptors.add(new Interceptor(Objects.requireNonNull(model), null, interceptor));
            return this;
        }

        /** Intercepts every operation of every model. */
        public Builder interceptAll(QueryInterceptor interceptor) {
            interceptors.add(new Interceptor(null, null, interceptor));
            return this;
        }

        /**
         * Keeps {@code model} to the records matching {@code filter} (asked at each query): every operation of the
         * model is narrowed by it, as an interceptor of all its operations would ({@link QueryCall#narrowed}), and so
         * are the nested reads of the model, its records counted or connected from another model's query, without
         * running the model's interceptors.
         */
        public Builder scope(Class<?> model, Supplier<Filter> filter) {
            Objects.requireNonNull(filter);
            scopes.add(new Scoped(Objects.requireNonNull(model), spec -> Optional.of(filter.get())));
            return this;
        }

        /** As {@link #scope(Class, Supplier)}, for every model: {@code scope} says which records of each one. */
        public Builder scopeAll(Scope scope) {
            scopes.add(new Scoped(null, Objects.requireNonNull(scope)));
            return this;
        }

        public <A, R> Builder clientMethod(ClientMethod<A, R> method, ClientMethod.Body<A, R> body) {
            clientMethods.add(new Client(method.name(), body));
            return this;
        }

        public Extension build() {
            return new Extension(this);
        }
    }
}
