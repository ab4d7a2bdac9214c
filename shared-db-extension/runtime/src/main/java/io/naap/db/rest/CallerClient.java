package io.naap.db.rest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.IllegalProductException;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.naap.db.data.DataClient;
import io.naap.db.data.Extension;
import io.naap.db.data.Unscoped;
import io.naap.db.data.extensions.InteractiveTransactions;
import io.naap.db.data.extensions.OwnerScoping;
import io.naap.db.data.extensions.TeamScoping;
import io.quarkus.arc.All;

/**
 * The default {@link DataClient}: the client of the request's caller. Built once; at each query it reads the
 * caller's team ({@link TeamScoping}) and user ({@link OwnerScoping}) as the models declare their ownership, offers
 * interactive transactions, and applies the service's own {@link Extension} beans in the order of their
 * {@code @Priority} (highest first), so hand-written routes and the REST projection see the same client.
 */
@Singleton
class CallerClient {

    static final String OUTSIDE_REQUEST = "The default DataClient is the caller's of an HTTP request and there is "
            + "none here: a platform job injects the @Unscoped DataClient";

    @Produces
    @Singleton
    @Default
    DataClient callerClient(@Unscoped DataClient unscoped, Caller caller, @All List<Extension> extensions) {
        DataClient client = unscoped.extend(TeamScoping.by(inRequest(caller::teamId)))
                .extend(OwnerScoping.by(inRequest(caller::userId)))
                .extend(InteractiveTransactions.EXTENSION);
        for (Extension extension : extensions) {
            client = client.extend(extension);
        }
        return client;
    }

    private static Supplier<String> inRequest(Supplier<String> fromCaller) {
        return () -> {
            try {
                return fromCaller.get();
            } catch (ContextNotActiveException | IllegalProductException e) {
                // No request context, or one without an HTTP request (a test method, a scheduled job).
                throw new IllegalStateException(OUTSIDE_REQUEST, e);
            }
        };
    }
}
