package io.naap.db.rest;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.naap.db.error.PlatformException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who is calling: the team ({@code x-team-id}) every plugin route is scoped to, and the user ({@code x-user-id}).
 * The platform's shell sets both after authenticating the caller.
 */
@RequestScoped
public class Caller {

    public static final String TEAM_HEADER = "x-team-id";
    public static final String USER_HEADER = "x-user-id";
    private static final Pattern WELL_FORMED = Pattern.compile("[\\p{Graph}]{1,128}");

    @Inject
    HttpServerRequest request;

    /** The caller's team; {@code UNAUTHORIZED} when the header is missing or malformed. */
    public String teamId() {
        return header(TEAM_HEADER).orElseThrow(() -> PlatformException.unauthorized(
                "Missing or invalid " + TEAM_HEADER + " header"));
    }

    /** The calling user; {@code UNAUTHORIZED} when the header is missing or malformed. */
    public String userId() {
        return header(USER_HEADER).orElseThrow(() -> PlatformException.unauthorized(
                "Missing or invalid " + USER_HEADER + " header"));
    }

    private Optional<String> header(String name) {
        String value = request.getHeader(name);
        return value != null && WELL_FORMED.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }
}
