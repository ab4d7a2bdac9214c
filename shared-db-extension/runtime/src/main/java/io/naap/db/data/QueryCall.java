package io.naap.db.data;

import java.util.function.Function;

/**
 * One operation as a query interceptor sees it: the model, the operation, the arguments, and the next link of the
 * chain. An interceptor may replace the arguments ({@link #proceed(OperationArgs)}), change the result, or not
 * proceed.
 */
public final class QueryCall {

    private final ModelSpec model;
    private final Operation operation;
    private final OperationArgs args;
    private final Function<OperationArgs, Object> next;

    QueryCall(ModelSpec model, Operation operation, OperationArgs args, Function<OperationArgs, Object> next) {
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

    /** The arguments, of the operation's {@link Operation#argsType()}: match them with {@code instanceof}. */
    public OperationArgs args() {
        return args;
    }

    /** Runs the rest of the chain with the same arguments; its result. */
    public Object proceed() {
        return next.apply(args);
    }

    /**
     * Runs the rest of the chain with {@code changedArgs}, of the operation's {@link Operation#argsType()} (an
     * {@code IllegalArgumentException} otherwise); its result.
     */
    public Object proceed(OperationArgs changedArgs) {
        if (!operation.argsType().isInstance(changedArgs)) {
            throw new IllegalArgumentException(operation + " of " + model.name() + " takes "
                    + operation.argsType().getSimpleName() + ", not "
                    + (changedArgs == null ? "null" : changedArgs.getClass().getSimpleName()));
        }
        return next.apply(changedArgs);
    }

    /** The arguments with {@code condition} added to their filter (see {@link OperationArgs#narrowed}). */
    public OperationArgs narrowed(Filter condition) {
        return args.narrowed(condition);
    }
}
