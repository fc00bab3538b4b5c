package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unusual input, through the command line: every bad file is reported as not checked
 * with a readable, located problem and exit code 2, while the good files of the same run are
 * still checked; valid files in unusual dress (BOM, CRLF, non-ASCII text) give the same findings
 * as their plain twins.
 */
@Timeout(120)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATE = "2025-06-01";
    private static final String GOOD = CliTest.COMPLIANT;

    @TempDir
    Path temp;

    /** A hostile file and a fragment of the problem it must give. */
    private record Hostile(String name, byte[] content, String problem) {}

    private static Hostile text(String name, String content, String problem) {
        return new Hostile(name, content.getBytes(StandardCharsets.UTF_8), problem);
    }

    private static String good() throws IOException {
        return Files.readString(Path.of(GOOD));
    }

    private static List<Hostile> corpus() throws IOException {
        String good = good();
        List<Hostile> corpus = new ArrayList<>();
        StringBuilder laughs = new StringBuilder("format: secretome-protocol/1\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("lol").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (i - 1)))).append("]\n");
        }
        corpus.add(text("billion-laughs.yaml", laughs.toString(), "anchors and aliases are not allowed"));
        corpus.add(text("deep-flow.yaml", "format: secretome-protocol/1\nprotocol: " + "[".repeat(100_000)
                + "]".repeat(100_000) + "\n", "nested more than 64 levels deep"));
        StringBuilder block = new StringBuilder("format: secretome-protocol/1\nprotocol:\n");
        for (int i = 1; i <= 200; i++) {
            block.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        corpus.add(text("deep-block.yaml", block.toString(), "nested more than 64 levels deep"));
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        corpus.add(new Hostile("binary.yaml", binary, "not UTF-8 text"));
        corpus.add(new Hostile("nul.yaml", "format: secretome-protocol/1\n\0\0\0".getBytes(StandardCharsets.UTF_8),
                "binary data or a control character"));
        byte[] latin1 = good.replace("title: \"BM", "title: \"s\u00e9cr\u00e9tome BM").getBytes(StandardCharsets.ISO_8859_1);
        corpus.add(new Hostile("latin1.yaml", latin1, "not UTF-8 text"));
        corpus.add(text("tabs.yaml", good.replace("\n  id:", "\n\tid:"), "YAML syntax error"));
        corpus.add(text("tag-url.yaml", good.replace("title: \"", "title: !!java.net.URL \"http://example.com/"),
                "the tag !!java.net.URL is not allowed"));
        corpus.add(text("tag-binary.yaml", good.replace("title: ", "title: !!binary "), "the tag !!binary is not allowed"));
        corpus.add(text("tag-custom.yaml", good.replace("title: ", "title: !foo "), "the tag !foo is not allowed"));
        corpus.add(text("merge-key.yaml", good.replace("  product:\n", "  base: &base {type: ev_small}\n  product:\n    <<: *base\n"),
                "anchors and aliases are not allowed"));
        corpus.add(text("nan.yaml", good.replace("passage_at_conditioning: 4", "passage_at_conditioning: .nan"),
                "passage_at_conditioning"));
        corpus.add(text("inf.yaml", good.replace("duration_h: 48", "duration_h: .inf"), "duration_h"));
        corpus.add(text("huge-int.yaml", good.replace("passage_at_conditioning: 4", "passage_at_conditioning: "
                + "9".repeat(500)), "passage_at_conditioning"));
        corpus.add(text("huge-exponent.yaml", good.replace("duration_h: 48", "duration_h: 1e999999999"), "duration_h"));
        StringBuilder longKeys = new StringBuilder("format: secretome-protocol/1\nprotocol:\n  id: X-1\n  stage: design\n");
        for (int i = 0; i < 120; i++) { // near the 8 MiB limit: each key costs the "did you mean" search
            longKeys.append("  ? k").append(i).append("x".repeat(65_000)).append("\n  : 1\n");
        }
        corpus.add(text("long-keys.yaml", longKeys.toString(), "unknown key k0xxx"));
        corpus.add(text("control-characters.yaml", good.replace("duration_h: 48", "duration_h: \"\\x1B[2J\\u2028\\n\""),
                "duration_h: must be a number, not the text \\\"\\\\u001B[2J"));
        corpus.add(text("censored-exponent.yaml", good.replace("result_eu_per_ml: \"<0.10\"", "result_eu_per_ml: \"<1e2147483648\""),
                "is <1e2147483648: outside the range of numbers a protocol can hold"));
        // Every repeat is a problem of its own; Hibernate Validator took quadratic time over 30,000 equal
        // violations at the items of one list (they share a hash code), minutes for a 300 KB file.
        corpus.add(text("repeated-ids.yaml", good.replace("ids: [D-0147]", "ids: [" + "D-1, ".repeat(30_000) + "D-1]"),
                "repeats \\\"D-1\\\", already in the list (occurrence 30001 of it)"));
        String test = "        - {test: anti_hiv_1_2, result: negative}\n";
        corpus.add(text("repeated-tests.yaml", good.replace(test, test.repeat(30_000)),
                "repeats \\\"anti_hiv_1_2\\\", already given by an earlier item (occurrence 30000 of it)"));
        corpus.add(text("empty.yaml", "", "no YAML document"));
        corpus.add(text("blank.yaml", "   \n\n", "no YAML document"));
        corpus.add(text("comments-only.yaml", "# nothing here\n", "no YAML document"));
        return corpus;
    }

    @Test
    void everyHostileFileIsReportedWithALocationAndTheGoodFilesAreStillChecked() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("batch"));
        Files.copy(Path.of(GOOD), dir.resolve("00-good.yaml"));
        Files.copy(Path.of(CliTest.DEVIATING), dir.resolve("zz-good.yaml"));
        Map<String, String> expected = new LinkedHashMap<>();
        for (Hostile hostile : corpus()) {
            Files.write(dir.resolve(hostile.name()), hostile.content());
            expected.put(hostile.name(), hostile.problem());
        }
        Map<String, JsonNode> results = check(2, dir.toString());
        assertThat(results.get("00-good.yaml").path("status").asText()).isEqualTo("checked");
        assertThat(results.get("zz-good.yaml").path("status").asText()).isEqualTo("checked");
        assertThat(results.get("zz-good.yaml").path("findings")).isNotEmpty();
        for (Map.Entry<String, String> entry : expected.entrySet()) {
            JsonNode result = results.get(entry.getKey());
            assertThat(result).as(entry.getKey()).isNotNull();
            assertThat(result.path("status").asText()).as(entry.getKey()).isEqualTo("not_checked");
            assertThat(result.path("problems").toString()).as(entry.getKey()).contains(entry.getValue());
            for (JsonNode problem : result.path("problems")) {
                assertReadable(entry.getKey(), problem);
                if (!problem.path("message").asText().contains("no YAML document")) {
                    assertThat(problem.path("line").asInt()).as(entry.getKey() + ": " + problem).isPositive();
                    assertThat(problem.path("column").asInt()).as(entry.getKey() + ": " + problem).isPositive();
                }
            }
        }
        assertThat(results).hasSize(expected.size() + 2);
    }

    /**
     * A passage history as long as the input limits allow, of numbers with 100 digits: EXP-02
     * multiplied them into one running product, in time that grew with the square of the list,
     * and the watchdog stopped the whole run after 60 s. Far from the limit (93,014 doublings),
     * and exactly on it (25 doublings, which needs the exact products). The time limit is a bound
     * for a hang, not a measure of speed: this takes about 5 s, and took 48 s in this JVM before.
     */
    @Test
    @Timeout(30)
    void aPassageHistoryAsLongAsTheLimitsAllowIsJudged() throws IOException {
        String seeded = "1." + "7".repeat(99);
        String doubled = "3." + "5".repeat(98) + "4";
        StringBuilder far = new StringBuilder("passage_history:\n");
        StringBuilder tie = new StringBuilder("passage_history:\n");
        for (int i = 0; i < 28_000; i++) {
            far.append("      - {passage: 1, cells_seeded: ").append(seeded).append(", cells_harvested: ").append(seeded)
                    .append("e+1}\n");
        }
        for (int i = 0; i < 8_000; i++) { // 25 doublings, then passages that neither gain nor lose
            String value = i < 25 ? seeded : (10_000 + i) + "." + "7".repeat(90);
            tie.append("      - {passage: 1, cells_seeded: ").append(value).append(", cells_harvested: ")
                    .append(i < 25 ? doubled : value).append("}\n");
        }
        String good = good();
        assertThat(good).contains("cumulative_population_doublings: 14.8\n");
        Files.writeString(temp.resolve("far.yaml"), good.replace("cumulative_population_doublings: 14.8\n", far));
        Files.writeString(temp.resolve("tie.yaml"), good.replace("cumulative_population_doublings: 14.8\n", tie));
        Map<String, JsonNode> results = check(1, temp.resolve("far.yaml").toString(), temp.resolve("tie.yaml").toString());
        assertThat(results.get("far.yaml").path("findings").toString())
                .contains("The cells reached 93014.0 cumulative population doublings; the limit is 25.");
        assertThat(results.get("tie.yaml").path("status").asText()).isEqualTo("checked");
        assertThat(results.get("tie.yaml").path("findings").toString()).doesNotContain("EXP-02");
    }

    @Test
    void aFileOfFiftyMebibytesIsRefusedWithoutReadingIt() throws IOException {
        Path big = temp.resolve("big.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("format: secretome-protocol/1\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Map<String, JsonNode> results = check(2, GOOD, big.toString());
        assertThat(results.get("ev-bm-hypoxia-compliant.yaml").path("status").asText()).isEqualTo("checked");
        JsonNode problem = results.get("big.yaml").path("problems").get(0);
        assertReadable("big.yaml", problem);
        assertThat(problem.path("message").asText()).contains("larger than").contains("bytes");
    }

    @Test
    void aThousandFilesWithSomeBrokenOnesAreAllAccountedFor() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("many"));
        List<String> examples = List.of(GOOD, CliTest.DEVIATING, CliTest.ADIPOSE, "protocols/examples/cm-ucmsc-minimal-design.yaml");
        Random random = new Random(1000);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String name = String.format("p%04d.yaml", i);
            String content = Files.readString(Path.of(examples.get(i % examples.size())));
            if (i % 97 == 13) { // about 1%: a different corruption each time
                broken.add(name);
                content = switch (broken.size() % 5) {
                    case 0 -> content.replace("format: secretome-protocol/1", "format: secretome-protocol/1\n\t bad");
                    case 1 -> content.replace("stage: ", "stage: [");
                    case 2 -> content.substring(0, content.length() / 2) + "\n  \"";
                    case 3 -> content.replace("protocol:\n", "protocol:\n  unknown_key_" + random.nextInt(99) + ": 1\n");
                    default -> content.replace("  id: ", "  id: &x ");
                };
            }
            Files.writeString(dir.resolve(name), content);
        }
        Map<String, JsonNode> results = check(2, dir.toString());
        assertThat(results).hasSize(1000);
        for (Map.Entry<String, JsonNode> entry : results.entrySet()) {
            JsonNode result = entry.getValue();
            if (broken.contains(entry.getKey())) {
                assertThat(result.path("status").asText()).as(entry.getKey()).isEqualTo("not_checked");
                JsonNode problem = result.path("problems").get(0);
                assertReadable(entry.getKey(), problem);
                assertThat(problem.path("line").asInt()).as(entry.getKey()).isPositive();
            } else {
                assertThat(result.path("status").asText()).as(entry.getKey()).isEqualTo("checked");
            }
        }
        assertThat(broken).hasSizeBetween(9, 12);
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreChecked() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("perm"));
        Files.copy(Path.of(GOOD), dir.resolve("a.yaml"));
        Path locked = Files.copy(Path.of(GOOD), dir.resolve("b.yaml"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean stillReadable;
        try {
            Files.readAllBytes(locked);
            stillReadable = true;
        } catch (IOException e) {
            stillReadable = false;
        }
        assumeFalse(stillReadable, "running as root: chmod 000 does not stop reading");
        Map<String, JsonNode> results = check(2, dir.toString());
        assertThat(results.get("a.yaml").path("status").asText()).isEqualTo("checked");
        JsonNode problem = results.get("b.yaml").path("problems").get(0);
        assertReadable("b.yaml", problem);
        assertThat(problem.path("message").asText()).contains("cannot read the file");
    }

    /** A directory {@code name} with a good {@code a.yaml} and {@code SUB/b.yaml}. */
    private Path twoProtocols(String name, String sub) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.copy(Path.of(GOOD), dir.resolve("a.yaml"));
        Files.copy(Path.of(CliTest.ADIPOSE), Files.createDirectories(dir.resolve(sub)).resolve("b.yaml"));
        return dir;
    }

    @Test
    void aLinkLoopIsReportedWhereItIsAndTheRestIsChecked() throws IOException {
        Path dir = twoProtocols("loop", "sub");
        Path sub = dir.resolve("sub");
        Files.createSymbolicLink(dir.resolve("self"), dir);
        Files.createSymbolicLink(sub.resolve("up.yaml"), dir); // a link to a directory, named like a protocol
        Files.createSymbolicLink(sub.resolve("parent"), Path.of(".."));
        Map<String, JsonNode> results = check(2, dir.toString());
        assertThat(results.keySet()).containsExactly("a.yaml", "self", "sub/b.yaml", "sub/parent", "sub/up.yaml");
        assertThat(results.get("a.yaml").path("status").asText()).isEqualTo("checked");
        assertThat(results.get("sub/b.yaml").path("status").asText()).isEqualTo("checked");
        for (String loop : List.of("self", "sub/parent", "sub/up.yaml")) {
            JsonNode problem = results.get(loop).path("problems").get(0);
            assertReadable(loop, problem);
            assertThat(results.get(loop).path("file").asText()).isEqualTo(dir + "/" + loop);
            assertThat(problem.path("message").asText()).contains("link loop");
        }
        Map<String, JsonNode> twice = check(2, dir.toString(), dir.toString());
        assertThat(twice.keySet()).as("each loop once, however often it is reached")
                .containsExactly("a.yaml", "self", "sub/b.yaml", "sub/parent", "sub/up.yaml");
    }

    /** A link to a directory holding the tree (an ancestor, /) is a loop the walk meets only after everything around the tree. */
    @Test
    void aLinkToADirectoryHoldingTheTreeIsALoopNotAWalkOfTheDisk() throws IOException {
        Path dir = twoProtocols("holders", "sub");
        Files.createSymbolicLink(dir.resolve("sub/up"), temp);
        Files.createSymbolicLink(dir.resolve("root"), Path.of("/"));
        Map<String, JsonNode> results = check(2, dir.toString());
        assertThat(results.keySet()).containsExactly("a.yaml", "root", "sub/b.yaml", "sub/up");
        for (String loop : List.of("root", "sub/up")) {
            JsonNode problem = results.get(loop).path("problems").get(0);
            assertReadable(loop, problem);
            assertThat(problem.path("message").asText()).contains("which holds the directory walked (a link loop); not followed");
        }
        assertThat(check(1, dir.toString(), "--exclude", "root", "--exclude", "sub/up").keySet()).as("excluded, not reported")
                .containsExactly("a.yaml", "sub/b.yaml");
    }

    @Test
    void aLinkedDirectoryIsWalkedUnderTheLinksName() throws IOException {
        Path real = Files.createDirectories(temp.resolve("elsewhere"));
        Files.copy(Path.of(CliTest.ADIPOSE), real.resolve("b.yaml"));
        Path dir = Files.createDirectories(temp.resolve("tree"));
        Files.copy(Path.of(GOOD), dir.resolve("a.yaml"));
        Files.createSymbolicLink(dir.resolve("linked"), real);
        Map<String, JsonNode> results = check(1, dir.toString());
        assertThat(results.keySet()).containsExactly("a.yaml", "linked/b.yaml");
        assertThat(results.values()).allSatisfy(r -> assertThat(r.path("status").asText()).isEqualTo("checked"));
    }

    @Test
    void aWalkSkipsHiddenEntriesButANamedOneIsChecked() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("repository"));
        Files.copy(Path.of(GOOD), dir.resolve("a.yaml"));
        Files.writeString(Files.createDirectories(dir.resolve(".github/workflows")).resolve("ci.yml"), "on: push\n");
        Files.writeString(dir.resolve(".gitlab-ci.yml"), "stages: [test]\n");
        Files.copy(Path.of(GOOD), Files.createDirectories(dir.resolve("sub/.cache")).resolve("old.yaml"));
        Files.createDirectories(dir.resolve(".git"));
        CliTest.Run walked = CliTest.run("check", "--as-of", DATE, "--format", "json", dir.toString());
        assertThat(walked.code()).isZero();
        assertThat(json(walked).path("protocols")).singleElement()
                .satisfies(r -> assertThat(r.path("file").asText()).isEqualTo(dir + "/a.yaml"));
        assertThat(walked.err()).as("named, not silently left out; .git is no place for protocols")
                .isEqualTo("secretome-check: note: 3 hidden paths (the name starts with a dot) not checked: " + dir
                        + "/.github/, " + dir + "/.gitlab-ci.yml, " + dir + "/sub/.cache/; name one to check it\n");
        Path hiddenRoot = Files.createDirectories(temp.resolve(".protocols"));
        Files.copy(Path.of(GOOD), hiddenRoot.resolve("b.yaml"));
        assertThat(check(0, hiddenRoot.toString()).keySet()).as("the directory given is walked").containsExactly("b.yaml");
        Map<String, JsonNode> named = check(2, dir.resolve(".gitlab-ci.yml").toString());
        assertThat(named.values()).singleElement().satisfies(r -> assertThat(r.path("status").asText()).isEqualTo("not_checked"));
    }

    /** Java reads a byte of a file name that is not UTF-8 as U+FFFD; the report shows the byte, so two such files differ. */
    @Test
    void fileNamesThatAreNotUtf8AreShownByTheirBytes() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("latin1"));
        Process copy = new ProcessBuilder("/bin/sh", "-c", "cp \"$1\" \"$2/$(printf 'caf\\351.yaml')\";"
                + " cp \"$1\" \"$2/$(printf 'caf\\377.yaml')\"", "sh", GOOD, dir.toString()).inheritIO().start();
        org.junit.jupiter.api.Assumptions.assumeTrue(copy.waitFor() == 0, "a shell that makes such names");
        assertThat(check(0, dir.toString()).keySet()).containsExactly("caf\\xE9.yaml", "caf\\xFF.yaml");
    }

    /**
     * A name given on the command line reaches Java with U+FFFD for each byte that is not UTF-8:
     * opened as such, it would be another file (here a good protocol that the run would pass).
     */
    @Test
    void aNamedFileWhoseNameIsNotUtf8IsNotOpenedUnderAnotherName() throws IOException {
        Path decoy = Files.copy(Path.of(GOOD), temp.resolve("caf\uFFFD.yaml"));
        Map<String, JsonNode> results = check(2, decoy.toString());
        assertThat(results.values()).singleElement().satisfies(result -> {
            assertThat(result.path("status").asText()).isEqualTo("not_checked");
            assertThat(result.path("problems").get(0).path("message").asText())
                    .startsWith("the name holds bytes that are not UTF-8 text");
        });
        CliTest.Run output = CliTest.run("check", "--as-of", DATE, "-o", temp.resolve("r\uFFFD.txt").toString(), GOOD);
        assertThat(output.code()).isEqualTo(2);
        assertThat(output.err()).contains("the name holds bytes that are not UTF-8 text");
        assertThat(temp.resolve("r\uFFFD.txt")).doesNotExist();
        CliTest.Run diff = CliTest.run("diff", "--as-of", DATE, decoy.toString(), GOOD);
        assertThat(diff.code()).as("diff opens neither version by such a name").isEqualTo(2);
        assertThat(diff.err()).contains("the name holds bytes that are not UTF-8 text");
    }

    @Test
    void aFileMetTwiceIsCheckedOnceUnderTheFirstName() throws IOException {
        Path dir = twoProtocols("twice", "real");
        Files.createSymbolicLink(dir.resolve("zlink"), dir.resolve("real"));
        Files.createSymbolicLink(dir.resolve("also.yaml"), dir.resolve("a.yaml"));
        Map<String, JsonNode> results = check(1, dir.toString());
        assertThat(results.keySet()).containsExactly("a.yaml", "real/b.yaml");
        Map<String, JsonNode> repeated = check(1, dir.resolve("a.yaml").toString(), dir.toString(), dir.toString());
        assertThat(repeated.keySet()).containsExactly("a.yaml", "real/b.yaml");
    }

    @Test
    void aDirectoryThatCanBeListedButNotEnteredIsReportedOnce() throws IOException {
        Path dir = twoProtocols("no-entry", "m");
        Files.writeString(dir.resolve("m/notes.txt"), "not a protocol");
        Path locked = dir.resolve("m");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        try {
            assumeFalse(Files.isReadable(locked.resolve("b.yaml")), "running as root: r-- does not stop entering");
            Map<String, JsonNode> results = check(2, dir.toString());
            assertThat(results.keySet()).containsExactly("a.yaml", "m", "m/b.yaml");
            assertThat(results.get("m").at("/problems/0/message").asText())
                    .isEqualTo("cannot examine the entries of the directory: permission denied");
            assertThat(results.get("m/b.yaml").at("/problems/0/message").asText()).contains("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anUnlistableSubdirectoryIsReportedAndTheRestIsChecked() throws IOException {
        Path dir = twoProtocols("locked-dir", "m");
        Path locked = dir.resolve("m");
        Files.copy(Path.of(CliTest.ADIPOSE), dir.resolve("z.yaml"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean stillListable;
        try (var listing = Files.list(locked)) {
            stillListable = listing.count() >= 0;
        } catch (IOException e) {
            stillListable = false;
        }
        try {
            assumeFalse(stillListable, "running as root: chmod 000 does not stop listing");
            Map<String, JsonNode> results = check(2, dir.toString());
            assertThat(results.keySet()).containsExactly("a.yaml", "m", "z.yaml");
            assertThat(results.get("z.yaml").path("status").asText()).isEqualTo("checked");
            JsonNode problem = results.get("m").path("problems").get(0);
            assertReadable("m", problem);
            assertThat(problem.path("message").asText()).isEqualTo("cannot list the directory: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void pipesAndDevicesAreRefusedWithoutBeingOpened() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("special"));
        Files.copy(Path.of(GOOD), dir.resolve("a.yaml"));
        Files.copy(Path.of(CliTest.ADIPOSE), dir.resolve("B.YAML"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.yaml").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        Map<String, JsonNode> results = check(2, dir.toString(), "/dev/zero");
        assertThat(results.get("a.yaml").path("status").asText()).isEqualTo("checked");
        assertThat(results.get("B.YAML").path("status").asText()).as("extensions in any case").isEqualTo("checked");
        for (String special : List.of("pipe.yaml", "zero")) {
            JsonNode problem = results.get(special).path("problems").get(0);
            assertReadable(special, problem);
            assertThat(problem.path("message").asText()).isEqualTo("not a regular file (a device, pipe or socket); only files are read");
        }
        JsonNode empty = json(CliTest.run("check", "--format", "json", "")).at("/protocols/0");
        assertThat(empty.path("file").asText()).isEqualTo("''");
        assertThat(empty.at("/problems/0/message").asText()).startsWith("an empty path");
    }

    @Test
    void textFromTheFileCannotForgeReportLinesOrReachTheTerminal() throws IOException {
        String hostile = "ok \\0 \\e[31mRED\\e[0m \\u202E evil\\n# heading\\n| a | b |";
        Path file = temp.resolve("hostile-waiver.yaml");
        Files.writeString(file, Files.readString(Path.of(CliTest.DEVIATING)).replace(
                "\"Donor age reviewed: CFU-F and growth kinetics of MCB-D0212 are within the site qualification range"
                        + " (report QR-0212).\"", "\"" + hostile + "\""));
        CliTest.Run text = CliTest.run("check", "--as-of", DATE, "--no-color", file.toString());
        assertThat(text.out()).contains("WAIVED").contains("\\u202E evil\\n# heading\\n| a | b |")
                .doesNotContain("\u001B").doesNotContain("\u0000").doesNotContain("\u202E").doesNotContain("\n# heading");
        CliTest.Run markdown = CliTest.run("check", "--as-of", DATE, "--format", "markdown", file.toString());
        assertThat(markdown.out()).contains("\\u202E evil").doesNotContain("\u202E").doesNotContain("\u001B").doesNotContain("\u0000");
        for (String format : List.of("html", "junit")) {
            CliTest.Run markup = CliTest.run("check", "--as-of", DATE, "--format", format, file.toString());
            // the same escapes as in text, where XML cannot hold the character or it would deceive
            assertThat(markup.out()).as(format).contains("DON-02").contains("\\u0000").contains("\\u001B[31mRED")
                    .contains("\\u202E evil").doesNotContain("\u202E")
                    .doesNotContain("\u001B");
        }
    }

    @Test
    void everyFileTheToolReadsRefusesPipesAndDevices() throws Exception {
        Path pipe = temp.resolve("pipe.yaml");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is not available");
        for (String special : List.of(pipe.toString(), "/dev/zero")) {
            for (String[] command : List.of(new String[] {"diff", GOOD, special},
                    new String[] {"check", GOOD, "--waivers", special},
                    new String[] {"check", GOOD, "--baseline", special},
                    new String[] {"check", GOOD, "--profile", special})) {
                CliTest.Run run = CliTest.run(command);
                assertThat(run.code()).as(String.join(" ", command)).isEqualTo(2);
                assertThat(run.out() + run.err()).as(String.join(" ", command))
                        .contains("not a regular file (a device, pipe or socket)").doesNotContain("OutOfMemory");
            }
        }
    }

    @Test
    void aBrokenLinkIsReportedWithoutStoppingTheRun() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("dangling"));
        Files.copy(Path.of(GOOD), dir.resolve("a.yaml"));
        Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("nowhere.yaml"));
        Map<String, JsonNode> results = check(2, dir.toString());
        assertThat(results.get("a.yaml").path("status").asText()).isEqualTo("checked");
        JsonNode problem = results.get("gone.yaml").path("problems").get(0);
        assertReadable("gone.yaml", problem);
        assertThat(problem.path("message").asText()).isEqualTo("cannot read the file: it is a link to nothing");
    }

    @Test
    void aLineBreakInAFileNameIsShownAsBackslashNInEveryReportForPeople() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("line-break-name"));
        Files.copy(Path.of(CliTest.DEVIATING), dir.resolve("new\nline.yaml")); // findings and waivers name the file too
        Path out = temp.resolve("line-break-reports");
        CliTest.Run run = CliTest.run("check", "--as-of", DATE, "--format", "text,markdown,junit,html", "--output-dir",
                out.toString(), dir.toString());
        assertThat(run.code()).as(run.err()).isLessThan(2);
        for (String name : new String[] {"secretome-check.txt", "secretome-check.xml", "secretome-check.html"}) {
            String report = Files.readString(out.resolve(name));
            assertThat(report).as(name).contains("new\\nline.yaml").doesNotContain("new line.yaml", "new\nline.yaml");
        }
        // Markdown escapes the backslash, so that it shows as one
        assertThat(Files.readString(out.resolve("secretome-check.md"))).contains("new\\\\nline.yaml (")
                .doesNotContain("new line.yaml", "new\nline.yaml");
    }

    @Test
    void aBlankIdIsLeftOutOfTheHeaderAndReportedAsAProblem() throws IOException {
        Path file = temp.resolve("blank-id.yaml");
        Files.writeString(file, Files.readString(Path.of(GOOD)).replaceFirst("(?m)^  id: .*$", "  id: \"\""));
        CliTest.Run run = CliTest.run("check", "--as-of", DATE, "--no-color", file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).startsWith(file + " (batch_record)\n").contains("protocol.id: ");
        JsonNode json = json(CliTest.run("check", "--as-of", DATE, "--format", "json", file.toString()));
        assertThat(json.at("/protocols/0/id").isNull()).as("an ID its problem refuses is no ID").isTrue();
    }

    @Test
    void aLinkThatLeadsBackToItselfIsCalledALoop() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("self-links"));
        Files.copy(Path.of(GOOD), dir.resolve("a.yaml"));
        Files.createSymbolicLink(dir.resolve("self.yaml"), Path.of("self.yaml"));
        Files.createSymbolicLink(dir.resolve("ping.yaml"), Path.of("pong.yaml"));
        Files.createSymbolicLink(dir.resolve("pong.yaml"), Path.of("ping.yaml"));
        Map<String, JsonNode> results = check(2, dir.toString());
        assertThat(results.get("a.yaml").path("status").asText()).isEqualTo("checked");
        for (String loop : new String[] {"self.yaml", "ping.yaml", "pong.yaml"}) {
            assertThat(results.get(loop).at("/problems/0/message").asText()).as(loop)
                    .isEqualTo("cannot read the file: it is a link to itself, through a loop of links");
        }
    }

    /**
     * On Linux a backslash is an ordinary character of a file name, so {@code protocols\examples\x.yaml}
     * names a file that does not exist: it is reported as missing (exit 2), never guessed at.
     */
    @Test
    void windowsSeparatorsOnLinuxNameAMissingFile() {
        String windows = GOOD.replace('/', '\\');
        CliTest.Run run = CliTest.run("check", "--as-of", DATE, "--format", "json", windows, GOOD);
        assertThat(run.code()).isEqualTo(2);
        JsonNode report = json(run);
        assertThat(report.at("/protocols/0/file").asText()).isEqualTo(windows);
        assertThat(report.at("/protocols/0/problems/0/message").asText())
                .isEqualTo("no such file or directory; \\ separates no directories here: write " + GOOD);
        assertThat(report.at("/protocols/1/status").asText()).isEqualTo("checked");
    }

    @Test
    void validFilesInUnusualDressGiveTheFindingsOfTheirPlainTwin() throws IOException {
        for (String example : List.of(CliTest.DEVIATING, CliTest.ADIPOSE, "protocols/examples/cm-ucmsc-minimal-design.yaml")) {
            String plain = Files.readString(Path.of(example));
            Path dir = Files.createDirectories(temp.resolve("dress-" + Path.of(example).getFileName()));
            Files.writeString(dir.resolve("plain.yaml"), plain);
            byte[] bom = ("\uFEFF" + plain).getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("bom.yaml"), bom);
            Files.writeString(dir.resolve("crlf.yaml"), plain.replace("\n", "\r\n"));
            Files.writeString(dir.resolve("bom-crlf.yaml"), "\uFEFF" + plain.replace("\n", "\r\n"));
            Files.writeString(dir.resolve("unicode.yaml"), plain.replaceFirst("title: \"[^\"]*\"",
                    "title: \"Sekretom – Zürich ✓ 日本語 🧫\"").replaceFirst("author: \"[^\"]*\"",
                    "author: \"Ça Ğüneş-Øre\""));
            Map<String, JsonNode> results = check(-1, dir.toString());
            JsonNode twin = findings(results.get("plain.yaml"));
            assertThat(twin).isNotEmpty();
            for (String dressed : List.of("bom.yaml", "crlf.yaml", "bom-crlf.yaml", "unicode.yaml")) {
                assertThat(results.get(dressed).path("status").asText()).as(example + " " + dressed).isEqualTo("checked");
                assertThat(findings(results.get(dressed))).as(example + " " + dressed).isEqualTo(twin);
            }
        }
    }

    private static JsonNode findings(JsonNode result) {
        JsonNode findings = result.path("findings").deepCopy();
        for (JsonNode finding : findings) {
            JsonNode waiver = finding.path("waiver");
            if (waiver.isObject()) {
                ((ObjectNode) waiver).remove("source"); // names the file
            }
        }
        return findings;
    }

    private static void assertReadable(String file, JsonNode problem) {
        String message = problem.path("message").asText();
        assertThat(message).as(file).isNotBlank().doesNotContain("\n").doesNotContain("\r")
                .doesNotContain("Exception").hasSizeLessThan(500);
        assertThat(message.chars().noneMatch(Character::isISOControl)).as(file + ": " + message).isTrue();
    }

    /** Runs {@code check --format json} and gives the results by file, relative to a directory argument. */
    private Map<String, JsonNode> check(int expectedCode, String... paths) {
        List<String> args = new ArrayList<>(List.of("check", "--as-of", DATE, "--format", "json"));
        args.addAll(List.of(paths));
        CliTest.Run run = CliTest.run(args.toArray(String[]::new));
        if (expectedCode >= 0) {
            assertThat(run.code()).as(run.err()).isEqualTo(expectedCode);
        }
        assertThat(run.err()).isEmpty();
        Map<String, JsonNode> results = new TreeMap<>();
        for (JsonNode result : json(run).path("protocols")) {
            String file = result.path("file").asText();
            for (String path : paths) {
                if (file.startsWith(path + "/")) {
                    file = file.substring(path.length() + 1);
                } else if (file.equals(path)) {
                    file = Path.of(path).getFileName().toString();
                }
            }
            assertThat(results.put(file, result)).as("checked twice: " + file).isNull();
        }
        return results;
    }

    private static JsonNode json(CliTest.Run run) {
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + run.out() + run.err(), e);
        }
    }
}
