package io.naap.db.data.extensions;

import java.time.Duration;

import io.naap.db.data.DataClient;
import io.naap.db.data.ModelDelegate;
import io.naap.db.data.TransactionTimeoutException;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * An open interactive transaction (see {@link InteractiveTransactions}). Closing it without a commit rolls it back,
 * so {@code try (Tx tx = …)} never leaves one open.
 */
public final class Tx implements AutoCloseable {

    private final DataClient client;
    private final int seconds;
    private final long started = System.nanoTime();
    private boolean open = true;

    private Tx(DataClient client, int seconds) {
        this.client = client;
        this.seconds = seconds;
    }

    static Tx begin(DataClient client, Duration timeout) {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(seconds));
        return new Tx(client, seconds);
    }

    /** The delegate of a model, on the client that began the transaction; its operations join the transaction. */
    public <E> ModelDelegate<E> model(Class<E> entityClass) {
        requireOpen();
        return client.model(entityClass);
    }

    /** Commits every change made in the transaction; past the timeout, it was rolled back instead. */
    public void commit() {
        requireOpen();
        open = false;
        try {
            QuarkusTransaction.commit();
        } catch (RuntimeException e) {
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(seconds)) >= 0) {
                throw new TransactionTimeoutException(seconds, e);
            }
            throw e;
        }
    }

    public void rollback() {
        requireOpen();
        open = false;
        QuarkusTransaction.rollback();
    }

    /** Rolls back a transaction that was neither committed nor rolled back. */
    @Override
    public void close() {
        if (open) {
            rollback();
        }
    }

    public boolean isOpen() {
        return open;
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("The transaction is already committed or rolled back");
        }
    }
}
