package io.naap.db.it;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.naap.db.rest.RequestIds;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;

/** Test-only routes that log one line, on a worker thread or on the event loop, and tell the request id they saw. */
@Path("/_test/request-log")
@Produces(MediaType.APPLICATION_JSON)
public class RequestLogProbeResource {

    static final String WORKER = "/_test/request-log/worker";
    static final String EVENT_LOOP = "/_test/request-log/event-loop";
    private static final Logger LOG = Logger.getLogger(RequestLogProbeResource.class);

    @GET
    @Path("worker")
    @Blocking
    public Map<String, String> worker() {
        return logged();
    }

    @GET
    @Path("event-loop")
    @NonBlocking
    public Map<String, String> eventLoop() {
        return logged();
    }

    private static Map<String, String> logged() {
        LOG.info("probe");
        return Map.of("thread", Thread.currentThread().getName(),
                "requestId", String.valueOf(MDC.get(RequestIds.MDC_KEY)));
    }
}
