package io.naap.db.data;

import java.util.Objects;

/**
 * The key of a client method that an {@link Extension} adds ({@code begin} for an interactive transaction): its
 * name and the types of its argument and result, for {@link DataClient#call(ClientMethod, Object)}.
 */
public final class ClientMethod<A, R> {

    /** The body; {@code client} is the extended client it was called on. */
    @FunctionalInterface
    public interface Body<A, R> {
        R call(DataClient client, A argument);
    }

    private final String name;

    private ClientMethod(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public static <A, R> ClientMethod<A, R> named(String name) {
        return new ClientMethod<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
