package io.naap.db.data.extensions;

import java.time.Duration;

import io.naap.db.data.ClientMethod;
import io.naap.db.data.Extension;

/**
 * A client method {@code begin}: an interactive transaction without a callback. Operations on the returned
 * {@link Tx} (on this thread) run in it until {@link Tx#commit()} or {@link Tx#rollback()}; the data API's timeout
 * applies (the client's default, 5 s, or the one given).
 *
 * <pre>{@code
 * try (Tx tx = db.extend(InteractiveTransactions.EXTENSION).call(InteractiveTransactions.BEGIN)) {
 *     tx.model(TrackerTask.class).create(task);
 *     tx.commit();
 * }
 * }</pre>
 */
public final class InteractiveTransactions {

    public static final ClientMethod<Duration, Tx> BEGIN = ClientMethod.named("begin");

    public static final Extension EXTENSION = Extension.named("interactive-transactions")
            .clientMethod(BEGIN, (client, timeout) -> Tx.begin(client, timeout == null ? client.defaultTimeout() : timeout))
            .build();

    private InteractiveTransactions() {
    }
}
