package io.naap.db.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * The {@link DataClient} that no caller narrows: every team's and user's records, no service extension. For platform
 * jobs and tests that seed data; a route injects the default (caller-scoped) client instead.
 *
 * <pre>{@code @Inject @Unscoped DataClient everything;}</pre>
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE })
public @interface Unscoped {
}
