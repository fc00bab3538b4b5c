package org.secretomecheck.validate;

import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secretomecheck.protocol.Protocol;

/**
 * Where in the format a key is valid, for the hint on an unknown key that is a valid key at another
 * level: {@code waivers} indented under {@code protocol}, or a section key put one level too deep
 * or too shallow. A "did you mean" suggestion only looks at the keys of the mapping at hand, so
 * it has nothing to offer there.
 *
 * <p>Keys valid in more than {@link #MAX_PLACES} places ({@code method}, {@code result}) get no
 * hint: a list of a dozen sections would not tell the reader where the key belongs.
 */
final class KeyPlaces {

    /** Most places a hint names. */
    static final int MAX_PLACES = 3;

    /** The places of every key: "" for the root, else the dotted field of the mapping, "[]" for list items. */
    private static final Map<String, List<String>> PLACES = collect();

    private KeyPlaces() {
    }

    /**
     * "; waivers is a root key, at the top level beside protocol", "; donor is a key of protocol",
     * or "" when {@code key} is valid nowhere else in a protocol, or in too many places.
     */
    static String hint(String key) {
        List<String> places = PLACES.getOrDefault(key, List.of());
        if (places.isEmpty() || places.size() > MAX_PLACES) {
            return "";
        }
        if (places.equals(List.of(""))) {
            return "; " + Shown.value(key) + " is a root key, at the top level" + (key.equals("protocol") ? "" : " beside protocol");
        }
        List<String> named = places.stream().map(KeyPlaces::named).toList();
        return "; " + Shown.value(key) + " is a key of " + String.join(" and of ", named);
    }

    private static String named(String place) {
        if (place.isEmpty()) {
            return "the top level, beside protocol";
        }
        return place.endsWith("[]") ? "the items of " + place.substring(0, place.length() - 2) : place;
    }

    private static Map<String, List<String>> collect() {
        Map<String, List<String>> places = new LinkedHashMap<>();
        for (String root : Set.of("format", "protocol", "waivers")) {
            places.computeIfAbsent(root, k -> new ArrayList<>()).add("");
        }
        walk(Protocol.class, "protocol", places);
        places.replaceAll((key, list) -> List.copyOf(list));
        return Map.copyOf(places);
    }

    private static void walk(Class<?> section, String at, Map<String, List<String>> places) {
        for (Map.Entry<String, Field> member : Schema.keys(section).entrySet()) {
            places.computeIfAbsent(member.getKey(), k -> new ArrayList<>()).add(at);
            Type type = member.getValue().getGenericType();
            Type element = Schema.elementType(type);
            if (Schema.isSection(type)) {
                walk((Class<?>) type, at + "." + member.getKey(), places);
            } else if (element != null && Schema.isSection(element)) {
                walk((Class<?>) element, at + "." + member.getKey() + "[]", places);
            }
        }
    }
}
