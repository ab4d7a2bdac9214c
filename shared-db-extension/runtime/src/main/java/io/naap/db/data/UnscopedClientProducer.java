package io.naap.db.data;

import java.time.Duration;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Produces the {@link Unscoped} client, the base every other client extends. */
@Singleton
class UnscopedClientProducer {

    @Produces
    @Singleton
    @Unscoped
    DataClient unscoped(EntityManager em, RecordEvents events, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "5S")
            Duration defaultTimeout) {
        return DataClient.unscoped(em, events, transactions, defaultTimeout);
    }
}
