package io.naap.db.data;

/**
 * The operations of a model delegate, as query interceptors see them. {@code FIND_MANY} is {@code findMany} and
 * {@code findManyRows} alike (its result a list of records or of {@link Row}s), so one interceptor covers both and
 * the REST projection. Each operation takes one kind of {@link OperationArgs} ({@link #argsType()}), which an
 * interceptor receives as {@link QueryCall#args()} and may replace with another of the same kind:
 * {@link FindArgs} for the finds; {@link QueryArgs.Where} for {@code COUNT}, {@code DELETE} and
 * {@code DELETE_MANY}; {@link QueryArgs.Create} (the record) for {@code CREATE}; {@link QueryArgs.Aggregate},
 * {@link QueryArgs.GroupBy}, {@link QueryArgs.CreateMany}, {@link QueryArgs.Update}, {@link QueryArgs.UpdateMany}
 * and {@link QueryArgs.Upsert} for the others.
 */
public enum Operation {
    FIND_UNIQUE(FindArgs.class), FIND_FIRST(FindArgs.class), FIND_MANY(FindArgs.class), COUNT(QueryArgs.Where.class),
    AGGREGATE(QueryArgs.Aggregate.class), GROUP_BY(QueryArgs.GroupBy.class), CREATE(QueryArgs.Create.class),
    CREATE_MANY(QueryArgs.CreateMany.class), UPDATE(QueryArgs.Update.class), UPDATE_MANY(QueryArgs.UpdateMany.class),
    UPSERT(QueryArgs.Upsert.class), DELETE(QueryArgs.Where.class), DELETE_MANY(QueryArgs.Where.class);

    private final Class<? extends OperationArgs> argsType;

    Operation(Class<? extends OperationArgs> argsType) {
        this.argsType = argsType;
    }

    /** Whether the operation only reads. */
    public boolean reads() {
        return switch (this) {
            case FIND_UNIQUE, FIND_FIRST, FIND_MANY, COUNT, AGGREGATE, GROUP_BY -> true;
            default -> false;
        };
    }

    /** Whether the operation sets fields of records (creates, updates, upserts), as opposed to reading or deleting. */
    public boolean setsFields() {
        return switch (this) {
            case CREATE, CREATE_MANY, UPDATE, UPDATE_MANY, UPSERT -> true;
            default -> false;
        };
    }

    /** The kind of arguments the operation takes. */
    public Class<? extends OperationArgs> argsType() {
        return argsType;
    }
}
