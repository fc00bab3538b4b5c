package org.secretomecheck.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The index of {@code criteria.md}: every rule ID with its group, title and the numbers of its
 * checks that report a finding, in catalogue order. It is the contract the rule book is tested
 * against, the set of IDs a waiver may name, and what a rule set must implement to judge.
 */
public final class Catalogue {

    /** One catalogue entry; {@code checks} leaves out the checks that only end a chain ("stop, no finding"). */
    public record Entry(String id, int group, String title, List<Integer> checks) {}

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

    /**
     * What {@code book} lacks to judge against the whole catalogue: an ID without a rule, as
     * {@code DON-04}, or a check of a rule it has without a DRL rule, as {@code DON-04 check 3}.
     */
    public static List<String> missing(RuleBook book) {
        List<String> missing = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            RuleInfo rule = book.rule(entry.id());
            if (rule == null) {
                missing.add(entry.id());
            } else {
                missingChecks(rule).forEach(check -> missing.add(entry.id() + " check " + check));
            }
        }
        return missing;
    }

    /** The catalogue checks of {@code rule} that no DRL rule of it implements; none for a site rule. */
    public static List<Integer> missingChecks(RuleInfo rule) {
        Set<Integer> implemented = new HashSet<>();
        rule.checks().forEach(check -> implemented.add(check.number()));
        return ENTRIES.stream().filter(entry -> entry.id().equals(rule.id())).findFirst().map(Entry::checks)
                .orElse(List.of()).stream().filter(check -> !implemented.contains(check)).toList();
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
                entries.add(new Entry(cells[0], Integer.parseInt(cells[1]), cells[2],
                        Arrays.stream(cells[3].split(",")).map(Integer::valueOf).toList()));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
