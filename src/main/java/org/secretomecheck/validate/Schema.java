package org.secretomecheck.validate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.secretomecheck.protocol.Section;

/**
 * The keys a section may hold, read from the model classes: a YAML key is the field's
 * {@code @JsonProperty} name, or else the snake_case form of the Java field name
 * ({@code passageAtConditioning} is {@code passage_at_conditioning}).
 */
final class Schema {

    private static final Map<Class<?>, Map<String, Field>> KEYS = new ConcurrentHashMap<>();

    private Schema() {}

    /** The fields of {@code section} by YAML key, in declaration order. */
    static Map<String, Field> keys(Class<?> section) {
        return KEYS.computeIfAbsent(section, Schema::collect);
    }

    private static Map<String, Field> collect(Class<?> section) {
        Map<String, Field> keys = new LinkedHashMap<>();
        for (Field field : section.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
                    && !field.isAnnotationPresent(JsonIgnore.class)) {
                field.setAccessible(true);
                keys.put(key(field), field);
            }
        }
        return keys;
    }

    /** The YAML key of a model field: its {@code @JsonProperty} name, else its snake_case name. */
    static String key(Field field) {
        JsonProperty property = field.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : snake(field.getName());
    }

    /** The field of {@code section} with the Java name {@code javaName}, or null. */
    static Field field(Class<?> section, String javaName) {
        for (Field field : keys(section).values()) {
            if (field.getName().equals(javaName)) {
                return field;
            }
        }
        return null;
    }

    /** {@code cd14OrCd11bPct} to {@code cd14_or_cd11b_pct}. */
    static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** True for the model's mapping types. */
    static boolean isSection(Type type) {
        return type instanceof Class<?> c && Section.class.isAssignableFrom(c);
    }

    /** The element type of a {@code List<X>} field type, or null when it is not a list. */
    static Type elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == java.util.List.class) {
            Type element = p.getActualTypeArguments()[0];
            return element instanceof java.lang.reflect.AnnotatedType a ? a.getType() : element;
        }
        return null;
    }
}
