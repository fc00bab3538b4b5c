package org.secretomecheck.protocol;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An identifier: 1 to 64 letters, digits and {@code . _ : / + -}, starting with a letter or digit. */
@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/+-]{0,63}")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdString {
    String message() default "is not a valid ID (1 to 64 letters, digits and . _ : / + -, no spaces, starting with a letter or digit)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
