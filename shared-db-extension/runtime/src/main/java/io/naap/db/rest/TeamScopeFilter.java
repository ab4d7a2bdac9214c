package io.naap.db.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Every plugin route ({@code /api/...}) answers only a caller that names its team. */
public class TeamScopeFilter {

    @Inject
    Caller caller;

    @ServerRequestFilter
    public void requireTeam(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            caller.teamId();
        }
    }
}
