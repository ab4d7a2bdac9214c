package io.naap.db.rest;

import java.lang.management.ManagementFactory;
import java.time.Instant;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.naap.db.config.SharedDbRuntimeConfig;
import io.smallrye.common.annotation.NonBlocking;

/**
 * The liveness answers the original platform's tooling calls: {@code /health} as in the plugin example and
 * {@code /healthz} as the plugin server SDK answers it. Neither touches the database ({@code /q/health/ready} does),
 * so both answer on the event loop, without a hop to a worker thread.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PluginHealthResource {

    private final SharedDbRuntimeConfig config;

    PluginHealthResource(SharedDbRuntimeConfig config) {
        this.config = config;
    }

    public record Health(String status, String plugin) {
    }

    public record Healthz(String status, String service, Instant timestamp, double uptime) {
    }

    @GET
    @NonBlocking
    @Path("health")
    @Operation(summary = "Liveness in the plugin example's shape")
    public Health health() {
        return new Health("ok", config.plugin());
    }

    @GET
    @NonBlocking
    @Path("healthz")
    @Operation(summary = "Liveness in the plugin server SDK's shape; uptime in seconds")
    public Healthz healthz() {
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        return new Healthz("ok", config.plugin(), Instant.now(), uptime);
    }
}
