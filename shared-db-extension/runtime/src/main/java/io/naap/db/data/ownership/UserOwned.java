package io.naap.db.data.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A model whose records belong to the user who created them ({@link #field} holds the user's id): the default
 * {@code DataClient} stamps new records with the caller, lets only their owner update or delete them, and shows
 * them only to their owner unless {@link #readableByAll}.
 *
 * <pre>{@code @UserOwned(field = "userId", readableByAll = true)   // a capacity request's soft commits}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UserOwned {

    /** The text field holding the owning user's id. */
    String field();

    /** Whether every caller reads the records (a public board); writes stay the owner's. */
    boolean readableByAll() default false;
}
