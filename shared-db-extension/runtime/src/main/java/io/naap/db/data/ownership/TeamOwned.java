package io.naap.db.data.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A model whose records belong to a team: the default {@code DataClient} shows and changes only the caller's
 * team's records, and gives new ones the caller's team. A model holds its team in its own field ({@link #field}) or
 * through a required relation to a team-owned model ({@link #through}: a task through its project).
 *
 * <pre>{@code
 * @TeamOwned(field = "teamId", owner = "ownerId")   // TrackerProject
 * @TeamOwned(through = "project")                    // TrackerTask
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TeamOwned {

    /** The text field holding the team's id; empty when the team comes {@link #through} a relation. */
    String field() default "";

    /** The required to-one relation to the team-owned model whose team this one shares. */
    String through() default "";

    /** The text field stamped with the creating user's id (never set from a request body); empty for none. */
    String owner() default "";
}
