package io.naap.db.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.naap.db.data.ModelDelegate.Upserted;
import io.naap.db.model.support.UuidModel;

/**
 * The writes of one model through the persistence context, record by record: {@code create}, {@code createMany},
 * {@code update}, {@code upsert} and {@code delete}. Hibernate checks each entity's constraints; the related
 * records a write connects are read through the client's interceptors first ({@link NestedWrites}).
 */
final class WriteStatements<E> {

    /** Records per flush of {@code createMany}, and so per batch of INSERT statements. */
    static final int BATCH = 100;

    private final ModelContext<E> on;
    private final FindStatements<E> finds;
    private final WriteUnit<E> unit;
    private final NestedWrites nested;
    private final BulkWrites<E> bulk;

    WriteStatements(ModelContext<E> on, FindStatements<E> finds, WriteUnit<E> unit, NestedWrites nested,
            BulkWrites<E> bulk) {
        this.on = on;
        this.finds = finds;
        this.unit = unit;
        this.nested = nested;
        this.bulk = bulk;
    }

    E create(QueryArgs.Create args) {
        E record = on.type().cast(args.record());
        return unit.run(() -> {
            nested.visit(record);
            on.em().persist(record);
            unit.created(record);
            return record;
        });
    }

    /**
     * Persists every record, flushing in batches; no per-record events. Skipping duplicates is one statement per
     * batch past the persistence context instead ({@link BulkWrites#createSkippingDuplicates}).
     */
    int createMany(QueryArgs.CreateMany args) {
        List<E> records = args.records().stream().map(on.type()::cast).toList();
        if (args.skipDuplicates()) {
            return bulk.createSkippingDuplicates(records);
        }
        return unit.run(() -> {
            int created = 0;
            for (E record : records) {
                nested.visit(record);
                on.em().persist(record);
                if (++created % BATCH == 0) {
                    unit.flush();
                }
            }
            unit.flush();
            return created;
        });
    }

    E update(QueryArgs.Update args) {
        return unit.run(() -> {
            E record = finds.uniqueOrThrow(args.where());
            change(record, args.changes());
            unit.updated(record);
            return record;
        });
    }

    E delete(QueryArgs.Where args) {
        return unit.run(() -> {
            E record = finds.uniqueOrThrow(args.where());
            on.em().remove(record);
            unit.deleted(record);
            return record;
        });
    }

    /**
     * Updates the record {@code where} pins or creates it, under a transaction-scoped advisory lock on the model and
     * key ({@link UniqueKeys#lockKey}): concurrent upserts of one record run one after the other.
     */
    Upserted<E> upsert(QueryArgs.Upsert args) {
        Filter where = args.where();
        return unit.run(() -> {
            on.em().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, UniqueKeys.lockKey(on.model(), where)).getSingleResult();
            Optional<E> existing = finds.unique(FindArgs.where(where));
            Upserted<E> result;
            if (existing.isPresent()) {
                change(existing.get(), args.update());
                result = new Upserted<>(existing.get(), false);
            } else {
                E record = on.type().cast(args.create().get());
                nested.visit(record);
                on.em().persist(record);
                result = new Upserted<>(record, true);
            }
            unit.upserted(result.record(), result.created());
            return result;
        });
    }

    /** Applies {@code changes}, checks the relations they changed and sets {@code updatedAt}. */
    private void change(E record, Consumer<Object> changes) {
        Map<String, Object> before = nested.connections(record);
        changes.accept(record);
        nested.visitChanged(record, before);
        if (record instanceof UuidModel stamped) {
            stamped.updatedAt = UuidModel.now(); // Prisma sets @updatedAt on every update, changed or not
        }
    }
}
