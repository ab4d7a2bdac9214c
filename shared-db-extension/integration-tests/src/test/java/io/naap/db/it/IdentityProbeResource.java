package io.naap.db.it;

import java.util.Map;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.naap.db.auth.PlatformIdentity;
import io.naap.db.rest.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/** Test-only routes that show what the platform's authentication makes of a request. */
@Path("/api/v1/task-tracker/_test")
@Produces(MediaType.APPLICATION_JSON)
public class IdentityProbeResource {

    static final String WHOAMI = "/api/v1/task-tracker/_test/whoami";
    static final String ADMIN = "/api/v1/task-tracker/_test/admin";

    @Inject
    SecurityIdentity identity;

    @Inject
    Caller caller;

    @GET
    @Path("whoami")
    public Map<String, Object> whoami() {
        return Map.of("userId", caller.userId(), "teamId", caller.teamId(),
                "principal", identity.getPrincipal().getName(), "roles", new TreeSet<>(identity.getRoles()),
                "email", String.valueOf(identity.<String> getAttribute(PlatformIdentity.EMAIL)),
                "displayName", String.valueOf(identity.<String> getAttribute(PlatformIdentity.DISPLAY_NAME)));
    }

    @GET
    @Path("admin")
    @RolesAllowed("system:admin")
    public Map<String, Object> admin() {
        return Map.of("admin", caller.userId());
    }
}
