package org.secretomecheck.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import org.secretomecheck.profile.Profile;
import org.secretomecheck.protocol.Protocol;

/**
 * Checks the paths in a rule's metadata against the models when the rules are loaded: a
 * {@code @target} and a dotted message placeholder name a field below {@code protocol}
 * ({@code donor.eligibility.tests.{i}.result}, where a placeholder stands for a list index or for
 * a field chosen when the rule fires), or {@code /protocol}; a {@code profile.} path in a message
 * or in {@code @thresholds} names a threshold of the profile. A path that names nothing would put
 * every finding at the protocol's root, or print "(not recorded)", without a word.
 */
final class Targets {

    private static final String PROFILE = "profile.";

    private Targets() {}

    /** Null when {@code path} names a place in the protocol or, after {@code profile.}, the profile; else the first segment that does not. */
    static String unknownSegment(String path) {
        if (path.equals("/protocol")) {
            return null;
        }
        return path.startsWith(PROFILE) ? unknownSegment(Profile.class, path.substring(PROFILE.length()))
                : unknownSegment(Protocol.class, path);
    }

    /**
     * True when a message placeholder is meant as a path into a model: it starts with
     * {@code profile.} or with a section of the protocol ({@code {donor.count}}); other names, such
     * as {@code {W.min}}, are arguments the rule passes.
     */
    static boolean isModelPath(String placeholder) {
        int dot = placeholder.indexOf('.');
        return dot > 0 && (placeholder.startsWith(PROFILE) || field(Protocol.class, placeholder.substring(0, dot)) != null);
    }

    /**
     * True when a message placeholder reads the protocol: a field of {@code protocol} itself
     * ({@code {stage}}) or a dotted path that starts with a section ({@code {donor.count}}).
     */
    static boolean isProtocolPath(String placeholder) {
        int dot = placeholder.indexOf('.');
        return field(Protocol.class, dot < 0 ? placeholder : placeholder.substring(0, dot)) != null;
    }

    private static String unknownSegment(Class<?> root, String path) {
        Class<?> node = root;
        Class<?> items = null;
        for (String segment : path.split("\\.", -1)) {
            boolean placeholder = segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
            if (items != null) {
                if (!placeholder && !segment.chars().allMatch(Character::isDigit)) {
                    return segment; // a list is followed by its index
                }
                node = items;
                items = null;
            } else if (node == null) {
                return segment; // below a value that has no fields
            } else if (placeholder) {
                return null; // a field chosen when the rule fires: the rest is not known here
            } else {
                Field field = field(node, segment);
                if (field == null) {
                    return segment;
                }
                items = modelItems(root, field);
                node = inModel(root, field.getType()) ? field.getType() : null;
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

    /** True for a class of the model {@code root} belongs to (it has fields of its own). */
    private static boolean inModel(Class<?> root, Class<?> type) {
        return type.getPackage() == root.getPackage() && !type.isEnum() && !type.isRecord();
    }

    /** The item class of a list of model objects, else null. */
    private static Class<?> modelItems(Class<?> root, Field field) {
        return List.class.isAssignableFrom(field.getType()) && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> item && inModel(root, item) ? item : null;
    }
}
