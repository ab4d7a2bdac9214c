package io.naap.db.rest;

import io.quarkus.runtime.shutdown.ShutdownListener;

/**
 * Whether the service is draining: set when Quarkus' shutdown phase begins (after the shutdown delay, during which
 * readiness is already DOWN and requests are still served). From then on {@link HttpEdge} answers new requests 503
 * with {@code Connection: close} without running them, while Quarkus lets the requests in flight finish: no work
 * starts that the closing server could cut off after it committed.
 */
public class Draining implements ShutdownListener {

    private static volatile boolean draining;

    public static boolean isDraining() {
        return draining;
    }

    /** A new application in the same class loader (tests) starts serving. */
    static void reset() {
        draining = false;
    }

    @Override
    public void shutdown(ShutdownNotification notification) {
        draining = true;
        notification.done();
    }
}
