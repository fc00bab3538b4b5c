package org.secretomecheck.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.secretomecheck.protocol.Section;

/** The nested sections and lists of a section, read by reflection over its fields. */
final class Children {

    private Children() {}

    static List<Object> of(Section section) {
        List<Object> children = new ArrayList<>();
        for (Field field : section.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    || !(Section.class.isAssignableFrom(field.getType()) || List.class.isAssignableFrom(field.getType()))) {
                continue;
            }
            try {
                field.setAccessible(true);
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
