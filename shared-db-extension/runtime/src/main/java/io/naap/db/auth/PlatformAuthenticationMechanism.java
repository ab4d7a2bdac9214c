package io.naap.db.auth;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Where a request's credentials are. In {@code session} mode: the platform's session token, from the
 * {@code naap_auth_token} cookie (it wins) or {@code Authorization: Bearer}, validated by
 * {@link SessionIdentityProvider}. In {@code headers} mode: {@code x-user-id} and {@code x-user-roles}, trusted as
 * sent. A request without credentials is anonymous; whether that is enough is the route's business.
 */
@ApplicationScoped
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String USER_HEADER = "x-user-id";
    public static final String ROLES_HEADER = "x-user-roles";
    private static final Pattern WELL_FORMED = Pattern.compile("[\\p{Graph}]{1,128}");

    private final AuthMode mode;

    PlatformAuthenticationMechanism(AuthRuntimeConfig config) {
        this.mode = config.mode();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (mode == AuthMode.HEADERS) {
            return Uni.createFrom().item(trustedHeaders(context));
        }
        Cookie cookie = context.request().getCookie(SessionTokens.COOKIE);
        return SessionTokens.fromRequest(cookie == null ? null : cookie.getValue(),
                context.request().getHeader(HttpHeaders.AUTHORIZATION))
                .map(token -> identityProviderManager.authenticate(
                        HttpSecurityUtils.setRoutingContextAttribute(new SessionTokenRequest(token), context)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionTokenRequest.class);
    }

    /** The identity the headers name, or {@code null} (anonymous) without a well-formed {@code x-user-id}. */
    private static SecurityIdentity trustedHeaders(RoutingContext context) {
        String user = context.request().getHeader(USER_HEADER);
        if (user == null || !WELL_FORMED.matcher(user).matches()) {
            return null;
        }
        String roles = context.request().getHeader(ROLES_HEADER);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user))
                .addRoles(roles == null ? Set.of() : Arrays.stream(roles.split(",")).map(String::strip)
                        .filter(role -> !role.isEmpty()).collect(Collectors.toSet()))
                .build();
    }
}
