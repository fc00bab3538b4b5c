package org.secretomecheck.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import org.secretomecheck.protocol.Protocol;
import org.secretomecheck.protocol.Section;

/**
 * Checks a rule's {@code @target} against the protocol model when the rules are loaded: a dotted
 * path of field names below {@code protocol} ({@code donor.eligibility.tests.{i}.result}), where a
 * placeholder stands for a list index, or for a field chosen when the rule fires; or
 * {@code /protocol}. A target that names no field would put every finding of the rule at the
 * protocol's root without a word.
 */
final class Targets {

    private Targets() {}

    /** Null when {@code target} names a place in the model; else the first segment that does not. */
    static String unknownSegment(String target) {
        if (target.equals("/protocol")) {
            return null;
        }
        Class<?> section = Protocol.class;
        Class<?> items = null;
        for (String segment : target.split("\\.", -1)) {
            boolean placeholder = segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
            if (items != null) {
                if (!placeholder && !segment.chars().allMatch(Character::isDigit)) {
                    return segment; // a list is followed by its index
                }
                section = items;
                items = null;
            } else if (section == null) {
                return segment; // below a value that has no fields
            } else if (placeholder) {
                return null; // a field chosen when the rule fires: the rest is not known here
            } else {
                Field field = field(section, segment);
                if (field == null) {
                    return segment;
                }
                items = sectionItems(field);
                section = Section.class.isAssignableFrom(field.getType()) ? field.getType() : null;
            }
        }
        return null;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property != null && property.value().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    /** The item class of a list of sections, else null. */
    private static Class<?> sectionItems(Field field) {
        return List.class.isAssignableFrom(field.getType()) && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> item && Section.class.isAssignableFrom(item)
                ? item : null;
    }
}
