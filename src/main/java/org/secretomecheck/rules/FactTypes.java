package org.secretomecheck.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.secretomecheck.finding.Suggestions;
import org.secretomecheck.profile.Profile;
import org.secretomecheck.protocol.Children;
import org.secretomecheck.protocol.Protocol;
import org.secretomecheck.protocol.Section;

/**
 * The fact types a rule's conditions can match, and their properties, for "did you mean" in a
 * rule author's compile errors: {@code Expanson( ... )}, {@code passageAtConditionning > 4}.
 */
final class FactTypes {

    /** The simple names of every fact type the judgment inserts. */
    private static final Set<String> NAMES = names();

    private FactTypes() {}

    private static Set<String> names() {
        Set<String> names = new TreeSet<>(List.of(Profile.class.getSimpleName(), Context.class.getSimpleName(),
                OpenFinding.class.getSimpleName()));
        Deque<Class<?>> sections = new ArrayDeque<>(List.of(Protocol.class));
        while (!sections.isEmpty()) { // the protocol's sections and list items, as the judgment inserts them
            Class<?> type = sections.pop();
            if (!names.add(type.getSimpleName())) {
                continue;
            }
            for (Field field : Children.fields(type)) {
                Class<?> child = field.getType();
                if (List.class.isAssignableFrom(child) && field.getGenericType() instanceof ParameterizedType list) {
                    Type item = list.getActualTypeArguments()[0];
                    child = item instanceof Class<?> itemClass ? itemClass : Object.class;
                }
                if (Section.class.isAssignableFrom(child)) {
                    sections.push(child);
                }
            }
        }
        return Set.copyOf(names);
    }

    /** "; did you mean Expansion?" for a fact type that does not exist, or "". */
    static String typeMeant(String written) {
        String meant = Suggestions.closest(written, NAMES);
        return meant == null || meant.equals(written) ? "" : "; did you mean " + meant + "?";
    }

    /** "; did you mean passageAtConditioning?" for a property {@code written} that {@code className} lacks, or "". */
    static String propertyMeant(String className, String written) {
        Class<?> type;
        try {
            type = Class.forName(className, false, FactTypes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return "";
        }
        List<String> properties = new ArrayList<>();
        for (Method method : type.getMethods()) {
            String name = method.getName();
            int prefix = name.startsWith("get") && name.length() > 3 ? 3 : name.startsWith("is") && name.length() > 2 ? 2 : 0;
            if (prefix > 0 && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && !name.equals("getClass")) {
                properties.add(name.substring(prefix, prefix + 1).toLowerCase(Locale.ROOT) + name.substring(prefix + 1));
            }
        }
        String meant = Suggestions.closest(written, properties);
        return meant == null || meant.equals(written) ? "" : "; did you mean " + meant + "?";
    }
}
