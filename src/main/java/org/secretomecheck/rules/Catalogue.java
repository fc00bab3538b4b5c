package org.secretomecheck.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The index of {@code criteria.md}: every rule ID with its group and title, in catalogue order.
 * It is the contract the rule book is tested against, and the set of IDs a waiver may name.
 */
public final class Catalogue {

    /** One catalogue entry. */
    public record Entry(String id, int group, String title) {}

    private static final List<Entry> ENTRIES = read();

    private Catalogue() {}

    /** Every entry, in catalogue order. */
    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** Every catalogue ID. */
    public static List<String> ids() {
        return ENTRIES.stream().map(Entry::id).toList();
    }

    private static List<Entry> read() {
        try (InputStream in = Catalogue.class.getResourceAsStream("catalogue.tsv")) {
            if (in == null) {
                throw new IllegalStateException("catalogue.tsv is missing from the class path");
            }
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                entries.add(new Entry(cells[0], Integer.parseInt(cells[1]), cells[2]));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
