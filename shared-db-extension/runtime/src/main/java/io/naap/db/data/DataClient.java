package io.naap.db.data;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.naap.db.error.PlatformException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * The shared data client of every plugin service (the counterpart of {@code import { prisma } from
 * '@naap/database'}): one delegate per model over the one persistence unit. The injected one is the caller's:
 * scoped to the caller's team and user by the models' declared ownership, with the service's extensions
 * ({@code io.naap.db.rest.CallerClient}); the {@link Unscoped} one sees every record, for platform jobs.
 *
 * <pre>{@code
 * @Inject DataClient db;
 * List<TrackerTask> urgent = db.model(TrackerTask.class).findMany(
 *         FindArgs.where(Filter.eq(TrackerTask_.PRIORITY, URGENT)).orderBy(OrderBy.desc(TrackerTask_.CREATED_AT))
 *                 .take(20));
 * }</pre>
 */
public class DataClient {

    private final EntityManager em;
    private final RecordEvents events;
    private final TransactionSynchronizationRegistry transactions;
    private final Duration defaultTimeout;
    private final Extensions extensions;

    /** The client no caller narrows, with no extension (produced as the {@link Unscoped} bean). */
    static DataClient unscoped(EntityManager em, RecordEvents events, TransactionSynchronizationRegistry transactions,
            Duration defaultTimeout) {
        return new DataClient(em, events, transactions, defaultTimeout, Extensions.NONE);
    }

    private DataClient(EntityManager em, RecordEvents events, TransactionSynchronizationRegistry transactions,
            Duration defaultTimeout, Extensions extensions) {
        this.em = em;
        this.events = events;
        this.transactions = transactions;
        this.defaultTimeout = defaultTimeout;
        this.extensions = extensions;
    }

    /** Whether the calling thread runs in a transaction. */
    boolean inTransaction() {
        return transactions.getTransactionKey() != null;
    }

    /** The delegate of an entity class of the shared model. */
    public <E> ModelDelegate<E> model(Class<E> entityClass) {
        return new ModelDelegate<>(this, em, events, entityClass, extensions);
    }

    /**
     * A new client with {@code extension} applied after this client's own (Prisma's {@code $extends}). This client
     * is left as it was, so clients extended differently from one base never see each other's extensions.
     */
    public DataClient extend(Extension extension) {
        return new DataClient(em, events, transactions, defaultTimeout, extensions.plus(extension));
    }

    /** Calls a client method that one of this client's extensions defines (the last applied, when several do). */
    @SuppressWarnings("unchecked")
    public <A, R> R call(ClientMethod<A, R> method, A argument) {
        Extensions.Named<Extension.Client> found = extensions.clientMethod(method.name()).orElseThrow(
                () -> new IllegalStateException("No extension of this client defines the client method " + method));
        ClientMethod.Body<A, R> body = (ClientMethod.Body<A, R>) found.part().body();
        return Extensions.attributed(found.extension(), "its client method " + method,
                () -> body.call(this, argument));
    }

    /** Calls a client method without an argument (its body gets null: e.g. {@code begin} with the default timeout). */
    public <A, R> R call(ClientMethod<A, R> method) {
        return call(method, null);
    }

    /** The timeout of a transaction that names none (5 s unless configured). */
    public Duration defaultTimeout() {
        return defaultTimeout;
    }

    /**
     * Runs {@code work} in a new transaction and returns its value: every change commits together, or none does
     * when {@code work} fails. Past the timeout (5 s by default,
     * {@code quarkus.transaction-manager.default-transaction-timeout}) it is rolled back with a
     * {@link TransactionTimeoutException}.
     */
    public <T> T transaction(Callable<T> work) {
        return transaction(defaultTimeout, work);
    }

    public <T> T transaction(Duration timeout, Callable<T> work) {
        long started = System.nanoTime();
        int seconds = (int) Math.max(1, timeout.toSeconds());
        try {
            return QuarkusTransaction.requiringNew().timeout(seconds).call(work);
        } catch (PlatformException e) {
            throw e;
        } catch (RuntimeException e) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(seconds)) >= 0) {
                throw new TransactionTimeoutException(seconds, e);
            }
            throw e instanceof QuarkusTransactionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Runs {@code operations} in order in one transaction (Prisma's {@code $transaction([...])}); their results. */
    public List<Object> transaction(List<Callable<?>> operations) {
        return transaction(() -> {
            List<Object> results = new ArrayList<>();
            for (Callable<?> operation : operations) {
                results.add(operation.call());
            }
            return results;
        });
    }
}
