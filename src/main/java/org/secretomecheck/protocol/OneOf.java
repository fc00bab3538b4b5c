package org.secretomecheck.protocol;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/** A closed enumeration: the value must be one of {@link #value()}, spelled exactly. */
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
    String[] value();

    String message() default "is not an allowed value; allowed: {value}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The closed lists of the model's fields. */
    final class Values {
        private Values() {}

        /** The values of {@code field}'s closed list ({@code @OneOf} on the field or on its list's items), or null. */
        public static String[] of(java.lang.reflect.Field field) {
            java.lang.reflect.AnnotatedType type = field.getAnnotatedType();
            if (type instanceof java.lang.reflect.AnnotatedParameterizedType list) {
                type = list.getAnnotatedActualTypeArguments()[0];
            }
            OneOf oneOf = type.getAnnotation(OneOf.class);
            return oneOf == null ? null : oneOf.value();
        }
    }

    /** Accepts null (absent) and the listed values. */
    final class Validator implements ConstraintValidator<OneOf, String> {
        private List<String> allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = List.of(annotation.value());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || allowed.contains(value);
        }
    }
}
