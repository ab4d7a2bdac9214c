package io.naap.db.data;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Holds the record events of a transaction and fires them to CDI observers once it has committed; a rolled-back
 * transaction's events are dropped, so no observer ever hears of a change that did not happen.
 */
@ApplicationScoped
class RecordEvents {

    private static final Object KEY = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final Event<RecordEvent> event;

    RecordEvents(TransactionSynchronizationRegistry transactions, Event<RecordEvent> event) {
        this.transactions = transactions;
        this.event = event;
    }

    /** Queues {@code change} for delivery after the current transaction commits. */
    void afterCommit(RecordEvent change) {
        @SuppressWarnings("unchecked")
        List<RecordEvent> pending = (List<RecordEvent>) transactions.getResource(KEY);
        if (pending == null) {
            List<RecordEvent> queue = new ArrayList<>();
            transactions.putResource(KEY, queue);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        queue.forEach(event::fire);
                    }
                }
            });
            pending = queue;
        }
        pending.add(change);
    }
}
