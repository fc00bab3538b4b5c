package org.secretomecheck.protocol;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.List;

/**
 * Completes a model bound from a protocol file for the rules: every absent section becomes an
 * empty one marked not present, list items learn their index, and every list becomes
 * unmodifiable. The model has no setters either, so a rule (a site's own, too) cannot change the
 * facts that other rules judge.
 */
public final class Completion {

    /** The no-argument constructor of each section class, for the empty stand-ins of absent sections. */
    private static final ClassValue<Constructor<?>> EMPTY = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("the model class " + type + " has no no-argument constructor", e);
            }
        }
    };

    private Completion() {}

    /** Completes {@code section} and everything below it. */
    public static void complete(Section section) {
        for (Field field : Children.fields(section.getClass())) {
            try {
                Object value = field.get(section);
                if (value == null && Section.class.isAssignableFrom(field.getType())) {
                    Section empty = (Section) EMPTY.get(field.getType()).newInstance();
                    empty.setPresent(false);
                    field.set(section, empty);
                    complete(empty);
                } else if (value instanceof Section child) {
                    complete(child);
                } else if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) instanceof ListItem item) {
                            item.setIndex(i);
                            complete(item);
                        }
                    }
                    field.set(section, Collections.unmodifiableList(list));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot complete " + field, e);
            }
        }
    }
}
