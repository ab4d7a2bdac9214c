package io.naap.db.deployment.rules;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;

/** Names an annotated element as a violation's offender. */
final class Targets {

    private Targets() {
    }

    static String describe(AnnotationInstance annotation) {
        AnnotationTarget target = annotation.target();
        return switch (target.kind()) {
            case CLASS -> target.asClass().name().toString();
            case FIELD -> target.asField().declaringClass().name() + "." + target.asField().name();
            case METHOD -> target.asMethod().declaringClass().name() + "." + target.asMethod().name() + "()";
            case METHOD_PARAMETER -> target.asMethodParameter().method().declaringClass().name() + "."
                    + target.asMethodParameter().method().name() + "()";
            default -> target.toString();
        };
    }
}
