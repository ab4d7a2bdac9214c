package io.naap.db.data;

/**
 * The operations of a model delegate, as query interceptors see them. {@code FIND_MANY} is {@code findMany} and
 * {@code findManyRows} alike (its result a list of records or of {@link Row}s), so one interceptor covers both and
 * the REST projection. The arguments an interceptor receives and may replace are, by operation: {@link FindArgs}
 * for the finds; the {@link Filter} {@code where} for
 * {@code COUNT}, {@code DELETE} and {@code DELETE_MANY}; the record for {@code CREATE}; and the records of
 * {@link QueryArgs} for the others.
 */
public enum Operation {
    FIND_UNIQUE, FIND_FIRST, FIND_MANY, COUNT, AGGREGATE, GROUP_BY,
    CREATE, CREATE_MANY, UPDATE, UPDATE_MANY, UPSERT, DELETE, DELETE_MANY
}
