package io.naap.db.data;

import jakarta.persistence.EntityManager;

/**
 * What every statement of one model runs on: the client the delegate belongs to (nested reads go through it), the
 * shared persistence unit's entity manager, the event queue, the entity class, its spec and the client's extensions.
 */
record ModelContext<E>(DataClient client, EntityManager em, RecordEvents events, Class<E> type, ModelSpec model,
        Extensions extensions) {

    static final String ROOT = Hql.ROOT;

    /** The id of a record of any model, or of a proxy of one, without loading it. */
    Object identifier(Object record) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(record);
    }

    /** The parts the client's extensions add to this model. */
    Extensions.ForModel parts() {
        return extensions.of(type);
    }

    /** {@code where} narrowed by the scopes the client's extensions declare for this model. */
    Filter scoped(Filter where) {
        return extensions.isEmpty() ? where : Extensions.scoped(parts(), model, where);
    }
}
