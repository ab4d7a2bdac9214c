package io.naap.db.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.naap.db.error.PlatformException;

/**
 * The extensions of one client, in the order they were applied, and what they add to each model. Where two define
 * the same computed field, model method or client method, the one applied last wins (a model's own and an
 * every-model definition compete on equal terms). Interceptors all run, in a fixed order: those of the specific
 * operation, then those of all the model's operations, then those of all models; within each level the extension
 * applied last runs first.
 */
final class Extensions {

    static final Extensions NONE = new Extensions(List.of());

    /**
     * Named parts of one model, resolved once per client; the interceptor chain of each operation, once. A declared
     * scope is both an interceptor of all the model's operations and one of {@code scopes}, in the order the chain
     * narrows by them, for the nested reads that apply them without running the chain.
     */
    record ForModel(List<Named<Extension.Interceptor>> interceptors, Map<String, Named<Extension.Computed>> computed,
            Map<String, Named<Extension.Method>> methods, Map<Operation, List<Named<Extension.Interceptor>>> chains,
            List<Named<Extension.Scope>> scopes) {

        /** The interceptors of {@code operation} in their order: the operation's, the model's, all models'. */
        List<Named<Extension.Interceptor>> chain(Operation operation) {
            return chains.computeIfAbsent(operation, op -> {
                List<Named<Extension.Interceptor>> chain = new ArrayList<>();
                interceptors.stream().filter(i -> i.part().model() != null && i.part().operation() == op)
                        .forEach(chain::add);
                interceptors.stream().filter(i -> i.part().model() != null && i.part().operation() == null)
                        .forEach(chain::add);
                interceptors.stream().filter(i -> i.part().model() == null).forEach(chain::add);
                return List.copyOf(chain);
            });
        }
    }

    /** A part and the extension that defined it. */
    record Named<T>(String extension, T part) {
    }

    /** A failure of the query below an interceptor, carried through the interceptors above it unattributed. */
    private static final class Below extends RuntimeException {
        Below(RuntimeException cause) {
            super(cause);
        }
    }

    private final List<Extension> applied;
    private final Map<Class<?>, ForModel> models = new ConcurrentHashMap<>();

    private Extensions(List<Extension> applied) {
        this.applied = applied;
    }

    Extensions plus(Extension extension) {
        List<Extension> all = new ArrayList<>(applied);
        all.add(extension);
        return new Extensions(List.copyOf(all));
    }

    boolean isEmpty() {
        return applied.isEmpty();
    }

    ForModel of(Class<?> model) {
        return models.computeIfAbsent(model, this::resolve);
    }

    private ForModel resolve(Class<?> model) {
        List<Named<Extension.Interceptor>> interceptors = new ArrayList<>();
        List<Named<Extension.Scope>> modelScopes = new ArrayList<>();
        List<Named<Extension.Scope>> everyModelScopes = new ArrayList<>();
        Map<String, Named<Extension.Computed>> computed = new LinkedHashMap<>();
        Map<String, Named<Extension.Method>> methods = new LinkedHashMap<>();
        for (Extension extension : applied) {
            for (Extension.Interceptor i : extension.interceptors()) {
                if (i.model() == null || i.model() == model) {
                    interceptors.add(new Named<>(extension.name(), i));
                }
            }
            for (Extension.Scoped scoped : extension.scopes()) {
                if (scoped.model() == null || scoped.model() == model) {
                    Named<Extension.Scope> scope = new Named<>(extension.name(), scoped.scope());
                    (scoped.model() == null ? everyModelScopes : modelScopes).add(scope);
                    interceptors.add(new Named<>(extension.name(),
                            new Extension.Interceptor(scoped.model(), null, narrowing(scoped.scope()))));
                }
            }
            for (Extension.Computed c : extension.computed()) {
                if (c.model() == null || c.model() == model) {
                    computed.remove(c.name());
                    computed.put(c.name(), new Named<>(extension.name(), c));
                }
            }
            for (Extension.Method m : extension.methods()) {
                if (m.model() == null || m.model() == model) {
                    methods.put(m.name(), new Named<>(extension.name(), m));
                }
            }
        }
        Collections.reverse(interceptors); // the extension applied last runs first within a level
        Collections.reverse(modelScopes);
        Collections.reverse(everyModelScopes);
        List<Named<Extension.Scope>> scopes = new ArrayList<>(modelScopes); // the chain's order: model level first
        scopes.addAll(everyModelScopes);
        return new ForModel(List.copyOf(interceptors), Collections.unmodifiableMap(computed),
                Collections.unmodifiableMap(methods), new ConcurrentHashMap<>(), List.copyOf(scopes));
    }

    /** A declared scope as an interceptor: every operation of the model narrowed by the scope's filter. */
    private static QueryInterceptor narrowing(Extension.Scope scope) {
        return call -> scope.of(call.model()).map(filter -> call.proceed(call.narrowed(filter)))
                .orElseGet(call::proceed);
    }

    /**
     * {@code where} narrowed by every scope declared for {@code model}, as its interceptor chain would narrow it,
     * without running the chain: the filter of a nested read (a relation count, the check of a connected record).
     */
    static Filter scoped(ForModel parts, ModelSpec model, Filter where) {
        Filter scoped = where;
        for (Named<Extension.Scope> scope : parts.scopes()) {
            Optional<Filter> filter = attributed(scope.extension(), "its scope of " + model.name(),
                    () -> scope.part().of(model));
            if (filter.isPresent()) {
                scoped = scoped.and(filter.get());
            }
        }
        return scoped;
    }

    /** The client method {@code name} of the extension applied last that defines one. */
    Optional<Named<Extension.Client>> clientMethod(String name) {
        for (int i = applied.size() - 1; i >= 0; i--) {
            for (Extension.Client c : applied.get(i).clientMethods()) {
                if (c.name().equals(name)) {
                    return Optional.of(new Named<>(applied.get(i).name(), c));
                }
            }
        }
        return Optional.empty();
    }

    /** Runs {@code query} with {@code args} behind the interceptors of {@code operation} on {@code model}. */
    static Object intercept(ForModel parts, ModelSpec model, Operation operation, OperationArgs args,
            Function<OperationArgs, Object> query) {
        List<Named<Extension.Interceptor>> chain = parts.chain(operation);
        if (chain.isEmpty()) {
            return query.apply(args);
        }
        Function<OperationArgs, Object> next = below(query);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Named<Extension.Interceptor> link = chain.get(i);
            Function<OperationArgs, Object> rest = next;
            next = below(a -> attributed(link.extension(), "its query interceptor of " + model.name() + "."
                    + operation, () -> link.part().interceptor().intercept(new QueryCall(model, operation, a, rest))));
        }
        try {
            return next.apply(args);
        } catch (Below failure) {
            throw (RuntimeException) failure.getCause();
        }
    }

    /** {@code step}, whose own failures reach the interceptors above it as {@link Below}. */
    private static Function<OperationArgs, Object> below(Function<OperationArgs, Object> step) {
        return a -> {
            try {
                return step.apply(a);
            } catch (Below | PlatformException | ExtensionException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Below(e);
            }
        };
    }

    /** Computes {@code field} (named {@code name}) from the values of its needs, as {@code read} gives them. */
    static Object compute(String name, Named<Extension.Computed> field, Function<String, Object> read) {
        Map<String, Object> needs = new java.util.HashMap<>();
        field.part().needs().forEach(need -> needs.put(need, read.apply(need)));
        return attributed(field.extension(), "its computed field " + name,
                () -> field.part().compute().apply(Collections.unmodifiableMap(needs)));
    }

    /** Runs a piece of extension code; a failure of its own names the extension. */
    static <T> T attributed(String extension, String part, java.util.function.Supplier<T> code) {
        try {
            return code.get();
        } catch (Below | PlatformException | ExtensionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ExtensionException(extension, part, e);
        }
    }
}
