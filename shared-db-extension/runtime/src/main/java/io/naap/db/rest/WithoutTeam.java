package io.naap.db.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The routes of a resource class whose records belong to no team, e.g. the capacity planner's requests:
 * {@link TeamScopeFilter} lets them through without {@code x-team-id} and without credentials, and never validates
 * a token for them. Which caller may do what is the route's business: {@link Caller#userId()} and
 * {@link Caller#identity()} authenticate on demand ({@code UNAUTHORIZED} for an anonymous caller or a rejected
 * token), so a public read never touches the session store and a write answers 401 without a session.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WithoutTeam {
}
