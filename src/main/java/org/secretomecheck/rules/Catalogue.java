package org.secretomecheck.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index of {@code criteria.md}: every rule ID with its group, title and the numbers of its
 * checks that report a finding, in catalogue order. It is the contract the rule book is tested
 * against, the set of IDs a waiver may name, and what a rule set must implement to judge.
 */
public final class Catalogue {

    /** One catalogue entry; {@code checks} leaves out the checks that only end a chain ("stop, no finding"). */
    public record Entry(String id, int group, String title, List<Integer> checks) {}

    /** The file beside the precompiled rules that lists the bundled DRL rules of the catalogue's criteria, one per line. */
    static final String BUNDLED_RULES = "bundled-rules.txt";

    private static final List<Entry> ENTRIES = read();

    /** Read on first use: the build writes the file while it precompiles the rules, which uses this class. */
    private static final class Bundled {
        static final List<String[]> RULES = bundledRules();
    }

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
     * What keeps {@code book} from judging against the whole catalogue: an ID without a rule, as
     * {@code DON-04}, or what a rule it has lacks, as {@code DON-04: no rule for check 3} (see
     * {@link #lacking}).
     */
    public static List<String> missing(RuleBook book) {
        List<String> missing = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            RuleInfo rule = book.rule(entry.id());
            if (rule == null) {
                missing.add(entry.id());
            } else {
                lacking(rule).forEach(item -> missing.add(entry.id() + ": " + item));
            }
        }
        return missing;
    }

    /**
     * What {@code rule} lacks of its criterion, in words: {@code no rule for check 3}, a catalogue
     * check that no DRL rule implements; {@code no rule "CON-04 check 3: ..."}, a DRL rule of the
     * bundled rules for a check it implements otherwise (a check may be written as several DRL
     * rules, one for each case, and a copy of the rules that lost one would leave that case
     * unchecked); {@code rule "..." is check 9, not 3} and {@code rule "..." reports info, not
     * major}, a bundled rule moved to another check or given another severity than the
     * catalogue's. Nothing for a site rule.
     */
    public static List<String> lacking(RuleInfo rule) {
        Set<Integer> checks = new HashSet<>();
        Map<String, CheckInfo> byName = new HashMap<>();
        rule.checks().forEach(check -> {
            checks.add(check.number());
            byName.put(check.drlRule(), check);
        });
        List<String> lacking = new ArrayList<>();
        ENTRIES.stream().filter(entry -> entry.id().equals(rule.id())).findFirst().map(Entry::checks).orElse(List.of())
                .stream().filter(check -> !checks.contains(check)).forEach(check -> lacking.add("no rule for check " + check));
        for (String[] bundled : Bundled.RULES) { // ID, check, severity, DRL rule name
            if (!bundled[0].equals(rule.id()) || !checks.contains(Integer.valueOf(bundled[1])) && !byName.containsKey(bundled[3])) {
                continue; // another criterion's, or of a check reported missing as a whole
            }
            CheckInfo check = byName.get(bundled[3]);
            if (check == null) {
                lacking.add("no rule \"" + bundled[3] + "\"");
            } else if (!String.valueOf(check.number()).equals(bundled[1])) {
                lacking.add("rule \"" + bundled[3] + "\" is check " + check.number() + ", not " + bundled[1]);
            } else if (!check.severity().equals(bundled[2])) {
                lacking.add("rule \"" + bundled[3] + "\" reports " + check.severity() + ", not " + bundled[2]);
            }
        }
        return lacking;
    }

    /** The bundled DRL rules for the catalogue's criteria, as the build recorded them: ID, check, severity and name. */
    private static List<String[]> bundledRules() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/" + CompiledRules.RESOURCE_DIRECTORY + "/" + BUNDLED_RULES)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_RULES + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(line -> line.split("\t", 4)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                List<Integer> checks = new ArrayList<>();
                for (String check : cells[3].split(",")) {
                    checks.add(Integer.valueOf(check));
                }
                entries.add(new Entry(cells[0], Integer.parseInt(cells[1]), cells[2], List.copyOf(checks)));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
