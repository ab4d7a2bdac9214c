package io.naap.db.data.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A model no team or user owns (a public catalogue, a board every user reads): the default {@code DataClient}
 * does not narrow it, so the plugin's routes carry its authorisation. Saying why is part of the declaration.
 *
 * <pre>{@code @Unowned("the public request board: every user reads it, the routes check who may change it")}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Unowned {

    /** Why nothing narrows the model's records. */
    String value();
}
