package io.naap.db.data;

import java.util.function.Function;

/**
 * One operation as a query interceptor sees it: the model, the operation, the arguments, and the next link of the
 * chain. An interceptor may replace the arguments ({@link #proceed(Object)}), change the result, or not proceed.
 */
public final class QueryCall {

    private final ModelSpec model;
    private final Operation operation;
    private final Object args;
    private final Function<Object, Object> next;

    QueryCall(ModelSpec model, Operation operation, Object args, Function<Object, Object> next) {
        this.model = model;
        this.operation = operation;
        this.args = args;
        this.next = next;
    }

    public ModelSpec model() {
        return model;
    }

    public Operation operation() {
        return operation;
    }

    /** The arguments; their type depends on the operation (see {@link Operation}). */
    public Object args() {
        return args;
    }

    /** Runs the rest of the chain with the same arguments; its result. */
    public Object proceed() {
        return next.apply(args);
    }

    /** Runs the rest of the chain with {@code changedArgs}, of the same type as {@link #args()}; its result. */
    public Object proceed(Object changedArgs) {
        return next.apply(changedArgs);
    }

    /** The arguments with {@code condition} added to their filter (see {@link QueryArgs#narrowed}). */
    public Object narrowed(Filter condition) {
        return QueryArgs.narrowed(args, condition);
    }
}
