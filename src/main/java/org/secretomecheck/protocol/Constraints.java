package org.secretomecheck.protocol;

import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Helpers shared by the model's constraint validators. */
final class Constraints {

    /** The getters of the model, by class and property, found once (reflection is slow). */
    private static final ClassValue<Map<String, Method>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Constraints() {}

    /** The public getter of {@code property} ({@code getX}, or {@code isX} for a boolean). */
    private static Method getter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String prefix : new String[] {"get", "is"}) {
            try {
                return type.getMethod(prefix + suffix);
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        throw new IllegalStateException("no property " + property + " on " + type);
    }

    /** The value of the Java bean property {@code property} of {@code bean}. */
    static Object read(Object bean, String property) {
        Method getter = GETTERS.get(bean.getClass()).computeIfAbsent(property, name -> getter(bean.getClass(), name));
        try {
            return getter.invoke(bean);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + property + " of " + bean.getClass(), e);
        }
    }

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

    /**
     * "" for a value's first repeat in a list (its second occurrence), else " (occurrence 3 of
     * it)", so that no two messages of a list's repeats are equal (see {@link Unique.Validator}).
     */
    static String occurrenceNote(int occurrence) {
        return occurrence == 2 ? "" : " (occurrence " + occurrence + " of it)";
    }
}
