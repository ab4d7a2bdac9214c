package io.naap.db.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.naap.db.auth.AuthMode;
import io.naap.db.auth.AuthRuntimeConfig;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Every plugin route ({@code /api/...}) answers only an authenticated caller acting for a team it belongs to. The
 * identity comes from Quarkus Security (authentication is lazy: public routes never validate a token); the
 * membership check is {@link Caller#verify}. Routes marked {@link WithoutTeam} are let through as they come.
 */
public class TeamScopeFilter {

    @Inject
    CurrentIdentityAssociation identities;

    /** Looked up per request: filters are created at static init, before runtime configuration exists. */
    @Inject
    Instance<AuthRuntimeConfig> auth;

    @ServerRequestFilter
    public Uni<Void> requireTeam(ContainerRequestContext request, RoutingContext routing, SimpleResourceInfo resource) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Uni.createFrom().voidItem();
        }
        if (withoutTeam(resource)) {
            routing.put(Caller.WITHOUT_TEAM, Boolean.TRUE);
            return Uni.createFrom().voidItem();
        }
        AuthMode mode = auth.get().mode();
        return identities.getDeferredIdentity()
                .invoke(identity -> Caller.verify(routing, identity, mode))
                .replaceWithVoid();
    }

    private static boolean withoutTeam(SimpleResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        return type != null && type.isAnnotationPresent(WithoutTeam.class);
    }
}
