package io.naap.db.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/**
 * A UUID in its canonical text form, any case (zod's {@code z.string().uuid()}): the one id rule of path, query and
 * body fields ({@code @PathParam("id") @Uuid String id}); null passes (combine with {@code @NotNull}).
 */
@Documented
@Pattern(regexp = Inputs.UUID, message = Inputs.UUID_MESSAGE)
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE_USE,
        ElementType.RECORD_COMPONENT })
public @interface Uuid {

    String message() default Inputs.UUID_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
