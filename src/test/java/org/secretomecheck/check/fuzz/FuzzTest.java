package org.secretomecheck.check.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the loader and the whole check with mutants of the example and independent protocols:
 * every input must end in a result (checked, or not checked with readable, located problems)
 * within {@link Fuzz#TIMEOUT_MS}, never in an exception, a hang or running out of memory.
 *
 * <p>The mutants come from a seeded random generator, so a run is repeatable from its seed (a
 * plain JUnit loop: no property-testing library is needed for this, see docs/decisions.md).
 *
 * <p>In the normal test run it makes 200 tries from a fixed seed. Longer runs:
 * {@code mvn test -Dtest=FuzzTest -Dfuzz.seconds=600} (random seed; or {@code -Dfuzz.tries=N},
 * {@code -Dfuzz.seed=S}). A failing input is written to {@code target/fuzz-failures/} (or
 * {@code -Dfuzz.failures=DIR}); move it to {@code src/test/resources/fuzz-regressions/} once fixed.
 */
class FuzzTest {

    private static final long FIXED_SEED = 20250601L;

    @Test
    void everyMutantEndsInAResult() {
        Long seconds = Long.getLong("fuzz.seconds");
        Integer tries = Integer.getInteger("fuzz.tries");
        long seed = Long.getLong("fuzz.seed", seconds == null && tries == null ? FIXED_SEED : System.nanoTime());
        long deadline = seconds == null ? Long.MAX_VALUE : System.nanoTime() + seconds * 1_000_000_000L;
        int limit = tries != null ? tries : seconds != null ? Integer.MAX_VALUE : 200;
        Fuzz fuzz = Fuzz.get();
        Generator generator = new Generator(fuzz, Choices.of(new SplittableRandom(seed)));
        long start = System.nanoTime();
        int i = 0;
        for (; i < limit && System.nanoTime() < deadline; i++) {
            Mutant mutant = generator.mutant();
            byte[] content = mutant.content();
            try {
                fuzz.verify(mutant.seed().name(), content, mutant.tight());
            } catch (AssertionError e) {
                Path saved = Fuzz.save(content);
                throw new AssertionError(e.getMessage() + " [try " + i + " of seed " + seed + "; input saved to " + saved
                        + "]", e);
            }
        }
        if (seconds != null || tries != null) { // a long run says what it covered, and how to repeat it
            System.out.printf("fuzz: %d mutants from seed %d in %d s, every one ended in a result (repeat with"
                    + " -Dfuzz.seed=%d -Dfuzz.tries=%d)%n", i, seed, (System.nanoTime() - start) / 1_000_000_000L, seed, i);
        }
    }

    /**
     * The same mutants, with Jazzer making the choices and steering them toward code that no
     * input has reached yet (coverage-guided): {@code mvn test -Pfuzz}, for ten minutes or
     * {@code -Djazzer.max_duration}. The normal test run leaves it out (tag {@code jazzer}), as
     * Jazzer's agent changes the JVM it runs in. An input that breaks the property is saved as YAML
     * to {@code target/fuzz-failures/}, like the loop's, and Jazzer's own input for it under
     * {@code src/test/resources/org/secretomecheck/check/fuzz/FuzzTestInputs/}.
     */
    @com.code_intelligence.jazzer.junit.FuzzTest(maxDuration = "10m")
    void coverageGuided(FuzzedDataProvider data) {
        Mutant mutant = new Generator(Fuzz.get(), Choices.of(data)).mutant();
        byte[] content = mutant.content();
        try {
            Fuzz.get().verify(mutant.seed().name(), content, mutant.tight());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " [input saved to " + Fuzz.save(content) + "]", e);
        }
    }

    /** Where a generator's choices come from: a seeded random generator, or Jazzer's input. */
    interface Choices {
        /** A number from 0 to {@code bound - 1}. */
        int nextInt(int bound);

        boolean nextBoolean();

        /** Fills {@code bytes} (or as much of it as the choices allow). */
        void nextBytes(byte[] bytes);

        static Choices of(SplittableRandom random) {
            return new Choices() {
                @Override
                public int nextInt(int bound) {
                    return random.nextInt(bound);
                }

                @Override
                public boolean nextBoolean() {
                    return random.nextBoolean();
                }

                @Override
                public void nextBytes(byte[] bytes) {
                    random.nextBytes(bytes);
                }
            };
        }

        static Choices of(FuzzedDataProvider data) {
            return new Choices() {
                @Override
                public int nextInt(int bound) {
                    return data.consumeInt(0, bound - 1);
                }

                @Override
                public boolean nextBoolean() {
                    return data.consumeBoolean();
                }

                @Override
                public void nextBytes(byte[] bytes) {
                    byte[] given = data.consumeBytes(bytes.length);
                    System.arraycopy(given, 0, bytes, 0, given.length);
                }
            };
        }
    }

    /** A seed protocol and the mutations applied to it, in order. */
    record Mutant(Fuzz.Seed seed, List<Mutation> mutations, boolean tight) {
        byte[] content() {
            byte[] content = seed.content();
            for (Mutation mutation : mutations) {
                content = mutation.apply(content);
            }
            return content;
        }
    }

    /** Draws mutants: one to six mutations of a random seed, one in six under tight limits. */
    private static final class Generator {
        private final Fuzz fuzz;
        private final Choices random;
        private final List<String> keys;

        Generator(Fuzz fuzz, Choices random) {
            this.fuzz = fuzz;
            this.random = random;
            this.keys = keys(fuzz);
        }

        Mutant mutant() {
            Fuzz.Seed seed = fuzz.seeds.get(random.nextInt(fuzz.seeds.size()));
            List<Mutation> mutations = new ArrayList<>();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                mutations.add(mutation());
            }
            return new Mutant(seed, mutations, random.nextInt(6) == 0);
        }

        private Mutation mutation() {
            int line = random.nextInt(401);
            int choice = random.nextInt(30);
            if (choice < 3) {
                return new Mutation.FlipByte(random.nextInt(1 << 20), 1 + random.nextInt(255));
            } else if (choice < 5) {
                return new Mutation.DeleteLine(line);
            } else if (choice < 7) {
                return new Mutation.DuplicateLine(line);
            } else if (choice < 9) {
                return new Mutation.SwapLines(line, random.nextInt(401));
            } else if (choice < 11) {
                return new Mutation.Indent(line, random.nextInt(13) - 6);
            } else if (choice < 17) {
                return new Mutation.SwapScalar(line, scalar());
            } else if (choice < 20) {
                return new Mutation.RenameKey(line, random.nextBoolean() ? pick(keys) : pick(ODD_KEYS));
            } else if (choice < 22) {
                return new Mutation.NullValue(line, pick(List.of("", "~", "null", "NULL", "Null")));
            } else if (choice < 25) {
                return new Mutation.InsertLine(line, pick(LINES));
            } else if (choice < 26) {
                return new Mutation.Truncate(random.nextInt(1001));
            } else if (choice < 28) {
                return new Mutation.InsertBytes(random.nextInt(1001), bytes());
            } else if (choice < 29) {
                return new Mutation.RepeatItem(line, 1 + random.nextInt(20_000));
            }
            return new Mutation.LineEnds(random.nextBoolean());
        }

        private String scalar() {
            return switch (random.nextInt(3)) {
                case 0 -> pick(SCALARS);
                case 1 -> randomString(0x20, 0x7E);
                default -> randomString(0, 0x2FFFF);
            };
        }

        private String randomString(int from, int to) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(13); n > 0; n--) {
                int codePoint = from + random.nextInt(to - from + 1);
                if (Character.isValidCodePoint(codePoint)) {
                    text.appendCodePoint(codePoint);
                }
            }
            return text.toString();
        }

        private String bytes() {
            if (random.nextBoolean()) {
                return pick(BYTES);
            }
            byte[] bytes = new byte[1 + random.nextInt(8)];
            random.nextBytes(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }

    /** Every key the seeds use, so that renamed keys are often real keys in the wrong place. */
    private static List<String> keys(Fuzz fuzz) {
        Pattern key = Pattern.compile("(?m)^[ \\t-]*([a-z_0-9]+):");
        TreeSet<String> keys = new TreeSet<>();
        for (Fuzz.Seed seed : fuzz.seeds) {
            Matcher matcher = key.matcher(new String(seed.content(), StandardCharsets.UTF_8));
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return new ArrayList<>(keys);
    }

    private static final String LONG = "x".repeat(70_000);

    static final List<String> SCALARS = List.of(
            "0", "-1", "-0", "+12", "2147483648", "-9223372036854775809", "99999999999999999999999999999999",
            "9".repeat(400), "1e100", "1e101", "1e-100", "1e-101", "-1e5", "1e999999999", "1e-999999999",
            "1e99999999999999", "0." + "0".repeat(150) + "1", "1" + "2".repeat(120) + ".5", "3.", ".5", "1.0e+3",
            "0e0", ".nan", ".NaN", ".NAN", "NaN", "nan", ".inf", "-.inf", "+.INF", ".Inf", "Infinity", "-Infinity",
            "1_000", "0x1F", "0o17", "017", "1:20:30", "2025-02-29", "2024-02-29", "2025-13-01", "0000-01-01",
            "9999-12-31", "2025-06-01", "2025-06-01T25:00:00Z", "2025-06-01 10:00:00 +01:00", "2025-6-1",
            "2025-06-01T10:00:00.123456789Z", "+2025-06-01", "99999-01-01", "yes", "No", "on", "OFF", "y",
            "true", "FALSE", "~", "null", "NULL", "!!int 12", "!!int x", "!!int 1e3", "!!float .nan",
            "!!float 12", "!!float " + "9".repeat(300), "!!bool yes", "!!str 12", "!!null x", "!!null ''",
            "!!timestamp 2025-01-01", "!!timestamp x", "!!binary aGVsbG8=", "!!java.net.URL http://localhost",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]",
            "!foo bar", "!<tag:yaml.org,2002:int> 5", "!<tag:example.com,2000:x> 5", "!!seq x", "!!map x",
            "!!set {a, b}", "!!omap [a: 1]", "! x", "&a 12", "*a", "*nope", "&a [1, 2]", "&a {x: 1}", "&a",
            "'quoted'", "\"double\"", "''", "\"\"", "'it''s'", "\"esc \\t \\n \\\"\"", "\"\\uD83D\\uDE00\"",
            "\"\\uD800\"", "\"\\uDC00x\"", "\"\\x1B[2J\\x1B[31mred\"", "\"\\0\"", "\"\\a\\b\\e\\v\\f\"",
            "\"\\N\\_\\L\\P\"", "\"\\U0010FFFF\"", "\"\\U00110000\"", "\"\\q\"", "'a\n  b'", "[]", "{}",
            "[1, [2, [3]]]", "{a: {b: {c: d}}}", "[" .repeat(80) + "]".repeat(80), "{a: ".repeat(80) + "b" + "}".repeat(80),
            "[*a, *a, *a]", "|", "|-\n  x", ">", ">+2", "|9", "-", "?", ":", "#", "%", "@x", "`x", "\"unterminated",
            "'unterminated", "[unclosed", "{unclosed", "]", "}", ",", "a, b", "Ünïcödé ✓ 日本語 🧫", "\u00A0",
            "x\ty", "a: b", "a #comment", "a#b", "- a", "D-0212", "SEC-BM-EXO-007", "design", "batch_record",
            "ev_small", "not_applicable", "not_done", "negative", "DON-02", "/protocol/donor", "/", "~1", LONG,
            "\"" + LONG + "\"", "<<", "=", "!!merge <<", "0.0", "100", "100.0000000001", "-0.0", "1e-5");

    static final List<String> ODD_KEYS = List.of(
            "<<", "? a", "\"quoted key\"", "'quoted'", "1", "-1", "1.5", "true", "null", "~", "2025-01-01", ".nan",
            "&a key", "*a", "!!str k", "!!int 3", "!foo k", "protocol", "format", "waivers", "größe", "x/y~z",
            "a b", "[a]", "{a: b}", "passage_at_condition", "Passage_At_Conditioning", "k".repeat(300), LONG,
            "id ", "_reason", "result_reason", "not_applicable_reason");

    static final List<String> LINES = List.of(
            "<<: *a", "base: &a {x: 1}", "  <<: *a", "  <<: [*a, *b]", "---", "...", "--- |", "%YAML 1.1",
            "%YAML 2.0", "%TAG ! tag:example.com,2000:", "%FOO bar", "? [a, b]\n: c", "? {a: 1}\n: x", "[a]: b",
            "*a : b", "&a: b", "x: !!binary aGVsbG8=", "url: !!java.net.URL http://example.com",
            "x: !foo bar", "x: !!set {a, b}", "lol: &a [1, 1, 1]", "lol2: &b [*a, *a, *a]",
            "lol3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]", "  # comment", "\t- tab", "\tkey: tab",
            "key: |\n  block\n  text", "- - - -", "{", "}", "[", "]", "\"unterminated", "'single", "a: b: c",
            "long: " + LONG, "num: 1e999999999", "- 99999999999999999999999999999999999999",
            "x: \"\\uD800\"", "x: \"\\x07\\x1B[31m\"", "x: \"\\u0000\"", "x: \"\\u2028\"", "@bad", "`bad",
            "format: secretome-protocol/2", "format: secretome-protocol/1", "protocol: null", "protocol:",
            "protocol: []", "waivers: [{rule: DON-02}]", "waivers: *a", "waivers: {}", "waivers:",
            "  - {rule: DON-02, pointer: /protocol/donor/age_years, justification: j, approved_by: q, "
                    + "approved_on: 2025-01-01, expires_on: 2025-12-31}",
            "  - {rule: NOPE-99, pointer: \"\", justification: j, approved_by: q, approved_on: 2025-13-01, "
                    + "expires_on: 2024-01-01}",
            "deep: " + "[".repeat(100) + "]".repeat(100), "deep: " + "{a: ".repeat(70) + "1" + "}".repeat(70),
            "deep:\n" + deepBlock(70), "- " + "- ".repeat(70) + "x", "? complex", ": value", "!!map {a: b}",
            "!!str : x", "- !!str", "&anchor", "*alias", "\uFEFFformat: secretome-protocol/1", " ", "",
            "\u00A0key: value", "ключ: значение", "日本: 語", "key: \u2028", "\r", "\u0085");

    static final List<String> BYTES = List.of(
            latin("\u0000"), latin("\u0007"), latin("\u001B[31m"), latin("\uFEFF"), "\u00FF", "\u00C3",
            "\u00ED\u00A0\u0080", "\u00F4\u0090\u0080\u0080", "\u00C0\u0080", "\r", "\r\n", "\t", latin("\u0085"),
            latin("\u2028"), "\u007F", latin("\u00A0"), latin("\uFFFE"), latin("\uFFFF"), latin("\uD83E\uDDEB"),
            "\u00F0\u009F\u00A7", "\u00EF\u00BB\u00BF\u00EF\u00BB\u00BF", "\u00FE\u00FF", "\u00FF\u00FE\u0000\u0000");

    private static String latin(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static String deepBlock(int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            out.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        return out.append("  ".repeat(depth + 1)).append("v").toString();
    }
}
