package org.secretomecheck.rules;

import java.util.Collection;
import java.util.Iterator;

/**
 * Lists in the words of a message, for DRL rules ({@code import function
 * org.secretomecheck.rules.Words.listed}): {@code a}, {@code a and b}, {@code a, b and c}.
 */
public final class Words {

    private Words() {}

    /** {@code items} as an English list; nothing for no items. */
    public static String listed(Collection<?> items) {
        StringBuilder out = new StringBuilder();
        Iterator<?> item = items.iterator();
        for (int i = 0; item.hasNext(); i++) {
            String next = String.valueOf(item.next());
            out.append(i == 0 ? "" : item.hasNext() ? ", " : " and ").append(next);
        }
        return out.toString();
    }
}
