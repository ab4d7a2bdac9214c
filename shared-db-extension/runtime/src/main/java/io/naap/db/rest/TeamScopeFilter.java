package io.naap.db.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.naap.db.auth.AuthMode;
import io.naap.db.auth.AuthRuntimeConfig;
import io.naap.db.config.SharedDbRuntimeConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Every plugin route ({@code /api/...}) answers only an authenticated caller acting for a team it belongs to. The
 * identity comes from Quarkus Security (authentication is lazy: public routes never validate a token); the
 * membership check is {@link Caller#verify}. Routes of a resource marked {@link WithoutTeam} are let through as
 * they come (their routes authenticate on demand); a service whose data is not team-owned at all
 * ({@code naap.team-scoped=false}) only resolves the optional user ({@link Caller#verifyUser}) and leaves the rest
 * to its routes.
 */
public class TeamScopeFilter {

    @Inject
    CurrentIdentityAssociation identities;

    /** Looked up at the first request: filters are created at static init, before runtime configuration exists. */
    @Inject
    Instance<AuthRuntimeConfig> auth;

    @Inject
    Instance<SharedDbRuntimeConfig> config;

    /** What the filter reads of the configuration, once (a config bean lookup per request costs a bean creation). */
    private record Settings(boolean teamScoped, AuthMode mode) {
    }

    private volatile Settings settings;

    /** The answer for requests that pass as they are: one instance, as building a Uni captures the thread's context. */
    private static final Uni<Void> PASS = Uni.createFrom().voidItem();

    @ServerRequestFilter
    public Uni<Void> requireTeam(ContainerRequestContext request, RoutingContext routing, SimpleResourceInfo resource) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return PASS;
        }
        if (withoutTeam(resource)) {
            routing.put(Caller.WITHOUT_TEAM, Boolean.TRUE);
            return PASS;
        }
        Settings settings = settings();
        if (!settings.teamScoped()) {
            return identities.getDeferredIdentity().onItemOrFailure().transformToUni((identity, failure) -> {
                if (failure != null && !(failure instanceof AuthenticationFailedException)) {
                    return Uni.createFrom().failure(failure);
                }
                Caller.verifyUser(routing, failure == null ? identity : null);
                return Uni.createFrom().voidItem();
            });
        }
        return identities.getDeferredIdentity()
                .invoke(identity -> Caller.verify(routing, identity, settings.mode()))
                .replaceWithVoid();
    }

    private Settings settings() {
        Settings read = settings;
        if (read == null) {
            read = new Settings(config.get().teamScoped(), auth.get().mode());
            settings = read;
        }
        return read;
    }

    private static boolean withoutTeam(SimpleResourceInfo resource) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        return type != null && type.isAnnotationPresent(WithoutTeam.class);
    }
}
