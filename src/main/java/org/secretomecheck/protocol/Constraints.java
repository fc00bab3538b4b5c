package org.secretomecheck.protocol;

import jakarta.validation.ConstraintValidatorContext;
import java.beans.IntrospectionException;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Helpers shared by the model's constraint validators. */
final class Constraints {

    /** The getters of the model, by class and property, found once (introspection is slow). */
    private static final ClassValue<Map<String, Method>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Constraints() {}

    /** The value of the Java bean property {@code property} of {@code bean}. */
    static Object read(Object bean, String property) {
        Method getter = GETTERS.get(bean.getClass()).computeIfAbsent(property, name -> {
            try {
                return new PropertyDescriptor(name, bean.getClass()).getReadMethod();
            } catch (IntrospectionException e) {
                throw new IllegalStateException("no property " + name + " on " + bean.getClass(), e);
            }
        });
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
}
