package org.secretomecheck.protocol;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/** The nested sections and lists of a section, read by reflection over its fields. */
public final class Children {

    /** The section and list fields of each model class, made accessible once. */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())
                        && (Section.class.isAssignableFrom(field.getType()) || List.class.isAssignableFrom(field.getType()))) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
            return List.copyOf(fields);
        }
    };

    private Children() {}

    /** The section and list fields of {@code type}, accessible, in declaration order. */
    public static List<Field> fields(Class<?> type) {
        return FIELDS.get(type);
    }

    /** The non-null nested sections and lists of {@code section}. */
    public static List<Object> of(Section section) {
        List<Object> children = new ArrayList<>();
        for (Field field : FIELDS.get(section.getClass())) {
            try {
                Object value = field.get(section);
                if (value != null) {
                    children.add(value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return children;
    }
}
