package io.naap.db.data;

/** A query extension: sees every call it was registered for and decides what reaches the database. */
@FunctionalInterface
public interface QueryInterceptor {
    Object intercept(QueryCall call);
}
