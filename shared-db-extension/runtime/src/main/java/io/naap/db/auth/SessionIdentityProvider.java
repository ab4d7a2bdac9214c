package io.naap.db.auth;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a session token into the caller's identity, off the event loop. A validated session is cached by its digest
 * (cache {@value #CACHE}, {@code naap.auth.session-cache-ttl}, 30 s by default), so the hot path costs no query; its
 * expiry is checked on every request all the same.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {

    public static final String CACHE = "naap-sessions";

    private final SessionStore store;
    private final Cache sessions;
    private final Clock clock = Clock.systemUTC();

    SessionIdentityProvider(DataSource dataSource, AuthRuntimeConfig config, @CacheName(CACHE) Cache sessions) {
        this.store = new SessionStore(dataSource, config.sessionTokenPepper(), clock);
        this.sessions = sessions;
    }

    @Override
    public Class<SessionTokenRequest> getRequestType() {
        return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identity(session(request.token())));
    }

    private PlatformSession session(String token) {
        String key = store.digest(token);
        PlatformSession session;
        try {
            session = sessions.<String, PlatformSession> get(key, k -> store.validate(token)).await().indefinitely();
        } catch (RuntimeException e) {
            throw unwrapped(e);
        }
        if (session.expiredAt(clock.instant())) {
            sessions.invalidate(key).await().indefinitely();
            throw new AuthenticationFailedException(SessionStore.INVALID);
        }
        return session;
    }

    /** The store's own failure, when the cache wrapped it. */
    private static RuntimeException unwrapped(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationFailedException || t instanceof io.naap.db.error.PlatformException) {
                return (RuntimeException) t;
            }
        }
        return e;
    }

    private static SecurityIdentity identity(PlatformSession session) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(session.userId()))
                .addRoles(session.roles())
                .addAttribute(PlatformIdentity.TEAMS, session.teams());
        if (session.email() != null) {
            identity.addAttribute(PlatformIdentity.EMAIL, session.email());
        }
        if (session.displayName() != null) {
            identity.addAttribute(PlatformIdentity.DISPLAY_NAME, session.displayName());
        }
        return identity.build();
    }
}
