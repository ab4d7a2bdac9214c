package io.naap.db.data;

import java.util.Objects;

/**
 * The key of a model method that an {@link Extension} adds ({@code softDelete}, {@code findOrCreate}): its name,
 * and the types of its argument and result, which flow to the caller of
 * {@link ModelDelegate#call(ModelMethod, Object)}. Declare it once, as a constant next to the extension.
 */
public final class ModelMethod<A, R> {

    /** The body of a method of one model; {@code self} is that model's delegate on the extended client. */
    @FunctionalInterface
    public interface Body<E, A, R> {
        R call(ModelDelegate<E> self, A argument);
    }

    private final String name;

    private ModelMethod(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public static <A, R> ModelMethod<A, R> named(String name) {
        return new ModelMethod<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
