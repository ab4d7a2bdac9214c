package io.naap.db.model.capacity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A request's window does not end before it starts: {@code endDate >= startDate}, reported on {@code endDate}. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CapacityWindowOrdered.Check.class)
public @interface CapacityWindowOrdered {

    String message() default "must not be before startDate";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<CapacityWindowOrdered, CapacityRequest> {
        @Override
        public boolean isValid(CapacityRequest request, ConstraintValidatorContext context) {
            if (request == null || request.startDate == null || request.endDate == null
                    || !request.endDate.isBefore(request.startDate)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endDate").addConstraintViolation();
            return false;
        }
    }
}
