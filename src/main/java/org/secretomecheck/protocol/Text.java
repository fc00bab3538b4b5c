package org.secretomecheck.protocol;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text: when present, at least one visible character. Whitespace, separators (the no-break
 * space), control and invisible format characters (the zero-width space) and the letters that
 * show as blank (the Hangul fillers, the blank Braille pattern U+2800) alone do not count.
 */
@Pattern(regexp = Text.VISIBLE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    /** Text with at least one visible character. */
    String VISIBLE = "(?s).*[^\\s\\p{Z}\\p{Cc}\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800].*";

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The same test for text that is checked in code: a {@code _reason}, a waiver's justification. */
    final class Blank {
        private static final java.util.regex.Pattern SHOWN = java.util.regex.Pattern.compile(VISIBLE);

        private Blank() {}

        /** Whether {@code text} has no visible character, as {@link Text} judges it. */
        public static boolean is(String text) {
            return !SHOWN.matcher(text).matches();
        }
    }
}
