package org.secretomecheck.check.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.secretomecheck.check.Checker;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.rules.TestRules;

/**
 * What the fuzz tests share: the seed protocols, the checkers (bundled rules, default profile,
 * check date 2025-06-01) and the property every input must satisfy.
 */
final class Fuzz {

    static final LocalDate CHECK_DATE = LocalDate.of(2025, 6, 1);

    /** Small limits, so that the limit paths are reached by ordinary mutants. */
    static final InputLimits TIGHT = new InputLimits(64 * 1024, 6, 40, 400);

    /** Per input, from {@code -Dfuzz.timeout.ms} (default 2,000). */
    static final long TIMEOUT_MS = Long.getLong("fuzz.timeout.ms", 2_000);

    /** Problems about the file as a whole, which have no line. */
    private static final Pattern WHOLE_FILE = Pattern.compile(
            "the file holds no YAML document|the file is \\d+ bytes long; the limit is \\d+ bytes");

    private static Fuzz instance;

    final List<Seed> seeds;
    final Checker checker;
    final Checker tightChecker;
    final YamlReader reader = new YamlReader();
    final YamlReader tightReader = new YamlReader(TIGHT);
    private ExecutorService executor = newExecutor();

    record Seed(String name, byte[] content) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Fuzz() throws Exception {
        seeds = loadSeeds();
        var book = TestRules.book();
        var profile = new ProfileLoader().loadDefault();
        checker = new Checker(book, profile, CHECK_DATE, InputLimits.DEFAULT);
        tightChecker = new Checker(book, profile, CHECK_DATE, TIGHT);
        for (Seed seed : seeds) { // warm up, so that the first tries do not pay for the JIT
            checker.check(seed.name(), seed.content());
        }
    }

    static synchronized Fuzz get() {
        if (instance == null) {
            try {
                instance = new Fuzz();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    private static List<Seed> loadSeeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        for (Path directory : List.of(Path.of("protocols/examples"), Path.of("src/test/resources/independent"))) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".yaml") && !name.endsWith(".expected.yaml")) {
                        seeds.add(new Seed(name, Files.readAllBytes(file)));
                    }
                }
            }
        }
        return List.copyOf(seeds);
    }

    /**
     * Reads and checks {@code content} under a time bound and asserts the property: a result that
     * is either checked, or not checked with readable, located problems.
     */
    void verify(String name, byte[] content, boolean tight) {
        YamlReader yaml = tight ? tightReader : reader;
        Checker check = tight ? tightChecker : checker;
        ReadResult read = bounded(name, content, () -> yaml.read(name, content));
        if (read == null) {
            throw new AssertionError("the reader returned null");
        }
        if (!read.isReadable() && read.problems().size() != 1) {
            throw new AssertionError("an unreadable file must have exactly one problem: " + read.problems());
        }
        ProtocolResult result = bounded(name, content, () -> check.check(name, content));
        verify(name, result);
        if (!read.isReadable() && !result.problems().equals(read.problems())) {
            throw new AssertionError("the check reported other problems than the reader: " + result.problems()
                    + " vs " + read.problems());
        }
    }

    static void verify(String name, ProtocolResult result) {
        if (result == null) {
            throw new AssertionError("no result");
        }
        if (!name.equals(result.file())) {
            throw new AssertionError("result for the wrong file: " + result.file());
        }
        if (result.isChecked()) {
            for (Finding finding : result.findings()) {
                requireOneLine(finding.message(), "finding " + finding.ruleId());
                if (finding.location().line() < 1) {
                    throw new AssertionError("finding without a line: " + finding);
                }
            }
            return;
        }
        if (!result.findings().isEmpty()) {
            throw new AssertionError("a file that was not checked has findings: " + result.findings());
        }
        for (Problem problem : result.problems()) {
            requireOneLine(problem.message(), "problem");
            Location location = problem.location();
            if (!name.equals(location.file())) {
                throw new AssertionError("problem located in another file: " + problem);
            }
            boolean wholeFile = problem.kind() == Problem.Kind.RULE || WHOLE_FILE.matcher(problem.message()).matches();
            if (!wholeFile && (location.line() < 1 || location.column() < 1)) {
                throw new AssertionError("problem without a line and column: " + problem);
            }
        }
    }

    /** A readable line: not blank, no line break, no control character or lone surrogate, not huge. */
    static void requireOneLine(String message, String what) {
        if (message == null || message.isBlank()) {
            throw new AssertionError(what + " has no message");
        }
        if (message.length() > 1_100) {
            throw new AssertionError(what + " message is " + message.length() + " characters long: "
                    + shown(message));
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < message.length()
                    && Character.isLowSurrogate(message.charAt(i + 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                i++;
                continue;
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || lone) {
                throw new AssertionError(what + " message is not one readable line (U+"
                        + String.format("%04X", (int) c) + " at " + i + "): " + shown(message));
            }
        }
    }

    private interface Work<T> {
        T run() throws Exception;
    }

    private synchronized <T> T bounded(String name, byte[] content, Work<T> work) {
        Future<T> future = executor.submit(work::run);
        try {
            return future.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.shutdownNow();
            executor = newExecutor(); // the stuck thread is a daemon and is left behind
            throw new AssertionError("no result within " + TIMEOUT_MS + " ms for " + describe(name, content));
        } catch (ExecutionException e) {
            throw new AssertionError("uncaught " + e.getCause() + " for " + describe(name, content), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String describe(String name, byte[] content) {
        return name + " (" + content.length + " bytes, sha256 " + sha256(content) + ")";
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Saves an input that broke the property, for a regression case. */
    static Path save(byte[] content) {
        try {
            Path directory = Files.createDirectories(Path.of(System.getProperty("fuzz.failures", "target/fuzz-failures")));
            Path file = directory.resolve(sha256(content).substring(0, 16) + ".yaml");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code text} as a Java string literal, cut after 120 characters. */
    static String shown(String text) {
        return escape(text.length() > 120 ? text.substring(0, 120) : text)
                + (text.length() > 120 ? "…(" + text.length() + " chars)" : "");
    }

    /** Bytes as a Java string literal: printable ASCII as is, the rest escaped. */
    static String escape(byte[] bytes) {
        StringBuilder out = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append((char) c);
            } else {
                out.append(String.format("\\x%02X", c));
            }
        }
        return out.append('"').toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u{%X}", c));
            }
        });
        return out.append('"').toString();
    }
}
