package io.naap.db.data;

/**
 * The arguments of one operation, the same record for the public method and for the query interceptors that see
 * and may replace it (see {@link Operation#argsType()}). An interceptor tells them apart by pattern matching:
 *
 * <pre>{@code
 * call -> call.args() instanceof QueryArgs.Update update
 *         ? call.proceed(new QueryArgs.Update(update.where(), record -> { update.changes().accept(record); … }))
 *         : call.proceed()
 * }</pre>
 */
public sealed interface OperationArgs permits FindArgs, QueryArgs.Where, QueryArgs.Create, QueryArgs.CreateMany,
        QueryArgs.Update, QueryArgs.UpdateMany, QueryArgs.Upsert, QueryArgs.GroupBy, QueryArgs.Aggregate {

    /**
     * These arguments with {@code condition} added to their filter: the finds, counts, aggregations, updates,
     * upserts and deletes then touch only records that also match {@code condition}. Creates have no filter and
     * come back unchanged.
     */
    OperationArgs narrowed(Filter condition);
}
