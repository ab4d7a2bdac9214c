package io.naap.db.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.persistence.PersistenceException;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;

import io.naap.db.data.ModelSpec.FieldSpec;
import io.naap.db.data.ModelSpec.Kind;
import io.naap.db.error.SqlErrorTranslator;
import io.naap.db.model.support.UuidModel;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How every write of one model runs: in the caller's transaction or in one of its own, flushed inside it so that
 * database errors surface there and become typed errors by SQLSTATE, its {@link RecordEvent} queued for after the
 * commit, and the copies it made stale forgotten.
 */
final class WriteUnit<E> {

    private final ModelContext<E> on;

    WriteUnit(ModelContext<E> on) {
        this.on = on;
    }

    /** Runs {@code work} in the caller's transaction, or in one of its own; database errors become typed errors. */
    <T> T run(Callable<T> work) {
        boolean ownTransaction = !on.client().inTransaction();
        T result;
        try {
            result = QuarkusTransaction.joiningExisting().call(work);
        } catch (PersistenceException e) {
            throw SqlErrorTranslator.translate(e).orElseThrow(() -> e);
        }
        if (ownTransaction && Arc.container().requestContext().isActive()) {
            // The write ran in a session of its own; the request's session may hold copies it made stale.
            forgetLoaded();
        }
        return result;
    }

    /** Sends the pending changes to the database now, inside the write, so that their errors are the write's. */
    void flush() {
        on.em().flush();
    }

    void created(E record) {
        flush();
        on.events().afterCommit(RecordEvent.created(on.model().name(), id(record), stamp(record, true)));
    }

    void updated(E record) {
        flush();
        on.events().afterCommit(RecordEvent.updated(on.model().name(), id(record), stamp(record, false)));
    }

    void deleted(E record) {
        flush();
        on.events().afterCommit(RecordEvent.deleted(on.model().name(), id(record), UuidModel.now()));
    }

    void upserted(E record, boolean created) {
        flush();
        on.events().afterCommit(RecordEvent.upserted(on.model().name(), id(record), created));
    }

    /**
     * Detaches the records of this model, and of the models that hang from it, that the current persistence context
     * holds: a write changed their rows behind it, and a later read must see the rows, not stale copies.
     */
    void forgetLoaded() {
        ModelSpec model = on.model();
        List<Class<?>> stale = new ArrayList<>(List.of(on.type()));
        for (FieldSpec field : model.fields()) {
            if (field.kind() == Kind.TO_MANY) {
                stale.add(model.related(field.name()).entityClass());
            }
        }
        var context = on.em().unwrap(SessionImplementor.class).getPersistenceContextInternal();
        for (Map.Entry<Object, EntityEntry> entry : context.reentrantSafeEntityEntries()) {
            if (stale.stream().anyMatch(c -> c.isInstance(entry.getKey()))) {
                on.em().detach(entry.getKey());
            }
        }
    }

    private String id(E record) {
        return String.valueOf(on.identifier(record));
    }

    private static Instant stamp(Object record, boolean creation) {
        if (record instanceof UuidModel stamped) {
            return creation ? stamped.createdAt : stamped.updatedAt;
        }
        return UuidModel.now();
    }
}
