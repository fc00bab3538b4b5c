package org.secretomecheck.protocol;

import jakarta.validation.ConstraintValidatorContext;

/** Helpers shared by the model's constraint validators. */
final class Constraints {

    private Constraints() {}

    /** Escapes text so that the message interpolator prints it as written. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    /** Reports {@code message} at the property {@code field} of the validated object. */
    static void violation(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(literal(message))
                .addPropertyNode(field)
                .addConstraintViolation();
    }
}
