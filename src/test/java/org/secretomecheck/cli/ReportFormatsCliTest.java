package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secretomecheck.report.Format;
import picocli.CommandLine;

/** {@code check --format ... --output-dir ...}: several formats in one run, and the usage errors around them. */
class ReportFormatsCliTest {

    static final String EXAMPLES = "protocols/examples";

    @TempDir
    Path temp;

    /** Runs {@code check} with the bundled rules, a fixed clock and the given environment. */
    static CliTest.Run check(Instant now, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        CheckCommand command = commandLine.getSubcommands().get("check").getCommand();
        command.clock = () -> now;
        command.environment = environment::get;
        List<String> arguments = new ArrayList<>(List.of("check", "--rules", "rules", "--as-of", "2025-06-01"));
        arguments.addAll(List.of(args));
        int code = commandLine.execute(arguments.toArray(String[]::new));
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    static CliTest.Run check(String... args) {
        return check(Instant.parse("2025-06-01T08:30:00.123Z"), Map.of(), args);
    }

    @Test
    void colourGoesOnlyToTheTerminalNeverIntoAFile() throws IOException {
        assertThat(check("--color", EXAMPLES).out()).contains("\u001B[");
        Path file = temp.resolve("r.txt");
        Path dir = temp.resolve("out");
        Path text = dir.resolve("secretome-check.txt");
        for (List<String> target : List.of(List.of("-o", file.toString()), List.of("--output-dir", dir.toString()),
                List.of("--format", "text,json", "--output-dir", dir.toString()))) {
            Path written = target.contains("-o") ? file : text;
            Map<String, String> contents = new LinkedHashMap<>();
            for (String colour : List.of("--color", "--no-color")) {
                List<String> args = new ArrayList<>(List.of(colour, EXAMPLES));
                args.addAll(target);
                CliTest.Run run = check(args.toArray(String[]::new));
                assertThat(run.code()).as(run.err()).isEqualTo(1);
                contents.put(colour, Files.readString(written));
            }
            assertThat(contents.get("--color")).as(target.toString()).doesNotContain("\u001B")
                    .isEqualTo(contents.get("--no-color"));
        }
    }

    @Test
    void severalFormatsGoToOneFileEachInTheOutputDirectory() throws IOException {
        Path dir = temp.resolve("reports");
        CliTest.Run run = check("--format", "json", "--format", "sarif,junit", "--format", "markdown", "--format", "text",
                "--output-dir", dir.toString(), EXAMPLES);
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("secretome-check.json",
                    "secretome-check.sarif", "secretome-check.xml", "secretome-check.md", "secretome-check.txt");
        }
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("secretome-check.sarif").toFile());
        assertThat(sarif.at("/runs/0/invocations/0/endTimeUtc").asText()).isEqualTo("2025-06-01T08:30:00Z");
        assertThat(Files.readString(dir.resolve("secretome-check.txt"))).startsWith("protocols/examples/").doesNotContain("\u001B[");
        assertThat(Files.readString(dir.resolve("secretome-check.xml"))).startsWith("<?xml");
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) { // those of any new file here
            assertThat(Files.getPosixFilePermissions(dir.resolve("secretome-check.md")))
                    .isEqualTo(Files.getPosixFilePermissions(Files.createFile(temp.resolve("new"))));
        }
    }

    /** The reports of one run are placed together: one that cannot be written keeps the others from their files. */
    @Test
    void aReportThatCannotBeWrittenKeepsTheOthersOfTheRunOut() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("together"));
        Path json = Files.writeString(dir.resolve("secretome-check.json"), "an earlier report");
        Files.createSymbolicLink(dir.resolve("secretome-check.sarif"), dir.resolve("nowhere/at-all"));
        CliTest.Run run = check("--format", "json,sarif", "--output-dir", dir.toString(), EXAMPLES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write " + dir.resolve("secretome-check.sarif"));
        assertThat(json).as("the JSON report, written first, is not placed").hasContent("an earlier report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file is left")
                    .containsExactlyInAnyOrder("secretome-check.json", "secretome-check.sarif");
        }
    }

    /** A report is as private as the user's umask makes a new file, as a redirection to it would be. */
    @Test
    void aNewReportHasThePermissionsTheUmaskGives() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path report = temp.resolve("private/report.json");
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder("sh", "-c", "umask 077 && exec \"$0\" -cp \"$1\" " + Main.class.getName()
                + " check --as-of 2025-06-01 --format json -o \"$2\" " + CliTest.COMPLIANT,
                javaCommand, System.getProperty("java.class.path"), report.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(check("--format", "json", "-o", report.toString(), CliTest.COMPLIANT).code()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).as("a report replaced keeps its own")
                .isEqualTo("rw-rw-r--");
    }

    /** A filed report made read-only is kept, as a shell's > would keep it, though its directory lets it be replaced. */
    @Test
    void aReadOnlyReportOrBaselineIsNotReplaced() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path report = Files.writeString(Files.createDirectories(temp.resolve("filed")).resolve("report.txt"), "filed\n");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(report), "root may write any file");
        CliTest.Run run = check("-o", report.toString(), CliTest.COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write " + report + ": the file is not writable for this user, so it is not replaced");
        assertThat(Files.readString(report)).isEqualTo("filed\n");
        CliTest.Run baseline = check("--write-baseline", report.toString(), "-o", temp.resolve("r.txt").toString(),
                CliTest.COMPLIANT);
        assertThat(baseline.code()).isEqualTo(2);
        assertThat(Files.readString(report)).isEqualTo("filed\n");
        Path nowhere = Files.createSymbolicLink(temp.resolve("dangling"), temp.resolve("no-such-directory"));
        assertThat(check("--output-dir", nowhere.toString(), CliTest.COMPLIANT).err())
                .contains(nowhere + " is a link to nothing (a broken link)");
    }

    @Test
    void oneFormatWithoutOutputGoesToStdoutAndWithOutputDirToItsFile() throws IOException {
        CliTest.Run stdout = check("--format", "markdown", EXAMPLES);
        assertThat(stdout.code()).isEqualTo(1);
        assertThat(stdout.out()).startsWith("## secretome-check report");
        Path dir = temp.resolve("one");
        assertThat(check("--format", "markdown", "--output-dir", dir.toString(), EXAMPLES).code()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("secretome-check.md"))).isEqualTo(stdout.out());
        Path file = temp.resolve("out/report.sarif");
        assertThat(check("--format", "sarif", "--output", file.toString(), EXAMPLES).code()).isEqualTo(1);
        assertThat(Files.readString(file)).contains("\"version\" : \"2.1.0\"");
    }

    /** GitHub code scanning rejects a SARIF run of more than 25,000 results: a run that writes one says so. */
    @Test
    void aSarifReportTooLargeForCodeScanningIsNoted() throws IOException {
        Path many = Files.createDirectories(temp.resolve("many"));
        for (int i = 0; i < 360; i++) { // 73 results each
            Files.copy(Path.of("protocols/examples/ev-bm-deviations.yaml"), many.resolve("p" + i + ".yaml"));
        }
        CliTest.Run run = check("--format", "sarif", "--output", temp.resolve("many.sarif").toString(), many.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("note: the SARIF report holds 26280 results; GitHub code scanning rejects a run of"
                + " more than 25000");
        CliTest.Run fewer = check("--format", "sarif", "--output", temp.resolve("one.sarif").toString(),
                many.resolve("p0.yaml").toString());
        assertThat(fewer.err()).doesNotContain("GitHub");
    }

    /** Jenkins splits a class name at its last dot: dots of the file's name and directories are written _. */
    @Test
    void aJUnitClassNameHasNoDotButTheExtensionsOne() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("batch.v2"));
        Path protocol = Files.copy(Path.of("protocols/examples/cm-adipose-design.yaml"), dir.resolve("adipose.v1.2.yaml"));
        CliTest.Run run = check("--format", "junit", protocol.toString());
        assertThat(run.out()).contains("classname=\"" + temp.toString().replace('.', '_') + "/batch_v2/adipose_v1_2\"")
                .contains("name=\"" + protocol + "\"");
        CliTest.Run dotted = check("--format", "junit", temp + "/./batch.v2//adipose.v1.2.yaml");
        assertThat(dotted.out()).as("however the file is named, its tests keep their class")
                .contains("classname=\"" + temp.toString().replace('.', '_') + "/batch_v2/adipose_v1_2\"");
        assertThat(check("--format", "junit", "./protocols/examples/cm-adipose-design.yaml").out())
                .contains("classname=\"protocols/examples/cm-adipose-design\"");
    }

    @Test
    void junitFailuresFollowTheFailOnThresholdLikeTheExitCode() throws IOException {
        String design = "protocols/examples/cm-adipose-design.yaml"; // one major and two minor findings
        for (String failOn : List.of("critical", "major", "minor")) {
            Path file = temp.resolve("junit-" + failOn + ".xml");
            int code = check("--format", "junit", "--fail-on", failOn, "--output", file.toString(), design).code();
            String xml = Files.readString(file);
            String failures = xml.substring(xml.indexOf("failures=\"") + 10, xml.indexOf('"', xml.indexOf("failures=\"") + 10));
            assertThat(code).as(failOn).isEqualTo(failures.equals("0") ? 0 : 1);
            assertThat(failures).as(failOn).isEqualTo(switch (failOn) {
                case "critical" -> "0";
                case "major" -> "1";
                default -> "3";
            });
        }
    }

    @Test
    void everyTextFormatWritesTheSameReportToStdoutAsToAFile() throws IOException {
        for (Format format : Format.values()) {
            if (format.binary()) {
                continue;
            }
            Path file = temp.resolve("stdout-twin." + format.label());
            CliTest.Run toFile = check("--format", format.label(), "--output", file.toString(), EXAMPLES);
            CliTest.Run toStdout = check("--format", format.label(), EXAMPLES);
            assertThat(toStdout.code()).as(format.label()).isEqualTo(toFile.code()).isEqualTo(1);
            assertThat(toStdout.err()).as(format.label()).isEmpty();
            assertThat(toStdout.out()).as(format.label()).isNotEmpty().isEqualTo(Files.readString(file));
        }
    }

    @Test
    void sarifNamesTheExitCodeTheOutcomeAndTheVerdictOfTheRun() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.yaml"), "format: [\n");
        Map<List<String>, String> runs = new LinkedHashMap<>();
        runs.put(List.of(CliTest.COMPLIANT), "pass");
        runs.put(List.of(EXAMPLES), "fail");
        runs.put(List.of(CliTest.COMPLIANT, broken.toString()), "not_checked");
        for (Map.Entry<List<String>, String> entry : runs.entrySet()) {
            Path file = temp.resolve(entry.getValue() + ".sarif");
            String[] args = concat(new String[] {"--format", "sarif", "--output", file.toString()},
                    entry.getKey().toArray(String[]::new));
            int code = check(args).code();
            JsonNode invocation = new ObjectMapper().readTree(file.toFile()).at("/runs/0/invocations/0");
            assertThat(invocation.path("exitCode").asInt()).as(entry.getValue()).isEqualTo(code);
            assertThat(invocation.at("/properties/outcome").asText()).isEqualTo(entry.getValue());
            assertThat(invocation.at("/properties/failOn").asText()).isEqualTo("major");
            assertThat(invocation.path("exitCodeDescription").asText()).startsWith(code == 0 ? "Passes" : "Fails");
        }
    }

    @Test
    void everyFormatIsByteIdenticalAcrossRuns() throws IOException {
        String[] all = Arrays.stream(Format.values()).flatMap(f -> Stream.of("--format", f.label())).toArray(String[]::new);
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        check(Instant.parse("2025-06-01T08:30:00Z"), Map.of(), concat(all, "--output-dir", first.toString(), EXAMPLES));
        check(Instant.parse("2025-06-01T08:30:00Z"), Map.of(), concat(all, "--output-dir", second.toString(), EXAMPLES));
        for (Format format : Format.values()) {
            assertThat(Files.readAllBytes(second.resolve(format.fileName()))).as(format.label())
                    .isEqualTo(Files.readAllBytes(first.resolve(format.fileName())));
        }
    }

    @Test
    void sourceDateEpochFixesTheTimestampWhateverTheClock() throws IOException {
        Path first = temp.resolve("first.sarif");
        Path second = temp.resolve("second.sarif");
        Map<String, String> environment = Map.of("SOURCE_DATE_EPOCH", "1748736000");
        check(Instant.parse("2030-01-01T00:00:00Z"), environment, "--format", "sarif", "-o", first.toString(), EXAMPLES);
        check(Instant.parse("2031-07-04T12:34:56Z"), environment, "--format", "sarif", "-o", second.toString(), EXAMPLES);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readString(first)).contains("\"endTimeUtc\" : \"2025-06-01T00:00:00Z\"");
        CliTest.Run fiveDigitYear = check(Instant.now(), Map.of("SOURCE_DATE_EPOCH", "253402300800"), "--format", "sarif", EXAMPLES);
        assertThat(fiveDigitYear.code()).isEqualTo(2);
        assertThat(fiveDigitYear.err()).contains("up to the end of 9999");
        CliTest.Run bad = check(Instant.now(), Map.of("SOURCE_DATE_EPOCH", "yesterday"), "--format", "sarif", EXAMPLES);
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("SOURCE_DATE_EPOCH");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void severalFormatsWithoutAnOutputDirectoryIsAUsageError() {
        CliTest.Run run = check("--format", "json", "--format", "sarif", EXAMPLES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("several formats (json, sarif) need --output-dir");
        assertThat(run.out()).isEmpty();
        CliTest.Run withOutput = check("--format", "json,sarif", "--output", temp.resolve("x").toString(), EXAMPLES);
        assertThat(withOutput.code()).isEqualTo(2);
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void outputAndOutputDirTogetherIsAUsageError() {
        CliTest.Run run = check("--format", "json", "--output", temp.resolve("a.json").toString(), "--output-dir",
                temp.resolve("d").toString(), EXAMPLES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("either --output FILE or --output-dir DIR");
        assertThat(temp.resolve("d")).doesNotExist();
    }

    @Test
    void anOutputThatIsADirectoryOrAnOutputDirThatIsAFileIsAUsageError() throws IOException {
        CliTest.Run toDirectory = check("--output", temp.toString(), EXAMPLES);
        assertThat(toDirectory.code()).isEqualTo(2);
        assertThat(toDirectory.err()).contains("--output " + temp + " is a directory").doesNotContain(".tmp");
        assertThat(toDirectory.out()).isEmpty();
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        CliTest.Run intoFile = check("--format", "json,sarif", "--output-dir", file.toString(), EXAMPLES);
        assertThat(intoFile.code()).isEqualTo(2);
        assertThat(intoFile.err()).contains("--output-dir " + file + " exists and is not a directory");
        CliTest.Run belowFile = check("--output", file.resolve("report.txt").toString(), EXAMPLES);
        assertThat(belowFile.code()).isEqualTo(2);
        assertThat(belowFile.err()).contains("cannot write " + file.resolve("report.txt") + ": " + file
                + " exists and is not a directory");
        // found before the batch is checked, not after: no report is written
        Path reports = temp.resolve("reports");
        CliTest.Run baselineBelowFile = check("--format", "json,sarif", "--output-dir", reports.toString(),
                "--write-baseline", file.resolve("baseline.json").toString(), EXAMPLES);
        assertThat(baselineBelowFile.code()).isEqualTo(2);
        assertThat(baselineBelowFile.err()).isEqualTo("secretome-check: cannot write " + file.resolve("baseline.json") + ": "
                + file + " exists and is not a directory\n");
        assertThat(reports).doesNotExist();
    }

    @Test
    void noReportIsWrittenWhenOneOfThemCannotBe() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("od").resolve("secretome-check.json"));
        CliTest.Run run = check("--output-dir", dir.getParent().toString(), "--format", "text,json", EXAMPLES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("holds a directory named secretome-check.json, where the json report goes");
        assertThat(dir.getParent().resolve("secretome-check.txt")).as("not the text report either").doesNotExist();
    }

    @Test
    void theReportAndTheBaselineNeverReplaceEachOther() throws IOException {
        Path same = temp.resolve("same.json");
        CliTest.Run run = check("--format", "json", "-o", same.toString(), "--write-baseline", same.toString(), EXAMPLES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(same + " and " + same + " are the same file");
        assertThat(same).doesNotExist();
        Path dir = temp.resolve("od");
        Path inDir = dir.resolve("x").resolve("..").resolve("secretome-check.sarif");
        CliTest.Run intoDir = check("--format", "json,sarif", "--output-dir", dir.toString(), "--write-baseline",
                inDir.toString(), EXAMPLES);
        assertThat(intoDir.code()).isEqualTo(2);
        assertThat(intoDir.err()).contains("are the same file");
        assertThat(dir.resolve("secretome-check.sarif")).doesNotExist();
        Path real = Files.createDirectories(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), real);
        CliTest.Run throughLink = check("--format", "json", "-o", link.resolve("r.json").toString(), "--write-baseline",
                real.resolve("r.json").toString(), EXAMPLES);
        assertThat(throughLink.code()).isEqualTo(2);
        assertThat(throughLink.err()).contains("are the same file");
        assertThat(real.resolve("r.json")).doesNotExist();
        Path sub = Files.createDirectories(real.resolve("sub"));
        Path subLink = Files.createSymbolicLink(temp.resolve("sublink"), sub);
        CliTest.Run upThroughLink = check("--format", "json", "-o", subLink + "/../r.json", "--write-baseline",
                real.resolve("r.json").toString(), EXAMPLES);
        assertThat(upThroughLink.code()).as("link/.. is the link target's parent").isEqualTo(2);
        assertThat(real.resolve("r.json")).doesNotExist();
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling.json"), temp.resolve("target.json"));
        CliTest.Run intoLinkTarget = check("--format", "json", "-o", temp.resolve("target.json").toString(),
                "--write-baseline", dangling.toString(), EXAMPLES);
        assertThat(intoLinkTarget.code()).as("a link to a file yet to be made is that file").isEqualTo(2);
        assertThat(intoLinkTarget.err()).contains("are the same file");
        assertThat(temp.resolve("target.json")).doesNotExist();
        CliTest.Run apart = check("--format", "json", "-o", same.toString(), "--write-baseline",
                temp.resolve("baseline.json").toString(), EXAMPLES);
        assertThat(apart.code()).as(apart.err()).isEqualTo(1);
        assertThat(Files.readString(same)).contains("\"protocols\"");
    }

    @Test
    void aReportNeverReplacesAProtocolAPipeOrALink() throws Exception {
        Path protocol = Files.copy(Path.of(CliTest.COMPLIANT), temp.resolve("victim.yaml"));
        String original = Files.readString(protocol);
        CliTest.Run overInput = check("--output", protocol.toString(), protocol.toString());
        assertThat(overInput.code()).isEqualTo(2);
        assertThat(overInput.err()).contains(protocol + " is also an input (" + protocol + "); it would be overwritten");
        assertThat(Files.readString(protocol)).isEqualTo(original);
        Path linkToInput = Files.createSymbolicLink(temp.resolve("out.txt"), protocol);
        assertThat(check("--output", linkToInput.toString(), protocol.toString()).code()).isEqualTo(2);
        CliTest.Run diffOverInput = CliTest.run("diff", protocol.toString(), CliTest.DEVIATING, "--output", protocol.toString());
        assertThat(diffOverInput.code()).isEqualTo(2);
        CliTest.Run compareOverInput = CliTest.run("compare", protocol.toString(), CliTest.DEVIATING, "--output",
                linkToInput.toString());
        assertThat(compareOverInput.code()).isEqualTo(2);
        assertThat(Files.readString(protocol)).isEqualTo(original);
        Path site = Files.createDirectories(temp.resolve("site"));
        String rule = """
                package site
                import org.secretomecheck.protocol.*
                global org.secretomecheck.rules.FindingSink findings
                rule "SITE-01 check 1: always"
                    @id("SITE-01") @check("1") @severity("info") @target("id") @when("always") @message("m")
                    @title("Always") @appliesTo("all") @rationale("test") @sources("none")
                when
                    Protocol( )
                then
                    findings.report(kcontext);
                end
                """;
        Path drl = Files.writeString(site.resolve("site.drl"), rule);
        CliTest.Run overRules = CliTest.run("check", "--site-rules", site.toString(), "--output", drl.toString(),
                protocol.toString());
        assertThat(overRules.code()).isEqualTo(2);
        assertThat(overRules.err()).contains(drl + " is also an input");
        assertThat(Files.readString(drl)).isEqualTo(rule);
        CliTest.Run baselineOverInput = check("--write-baseline", protocol.toString(), protocol.toString());
        assertThat(baselineOverInput.code()).isEqualTo(2);
        assertThat(Files.readString(protocol)).isEqualTo(original);

        Path pipe = temp.resolve("pipe.txt");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is not available");
        CliTest.Run toPipe = check("--output", pipe.toString(), EXAMPLES);
        assertThat(toPipe.code()).isEqualTo(2);
        assertThat(toPipe.err()).contains("is not a regular file");
        assertThat(Files.isRegularFile(pipe, java.nio.file.LinkOption.NOFOLLOW_LINKS)).as("the pipe is still a pipe").isFalse();

        Path real = Files.writeString(temp.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(temp.resolve("link.txt"), real);
        assertThat(check("--output", link.toString(), EXAMPLES).code()).isEqualTo(1);
        assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
        assertThat(Files.readString(real)).as("the file it names gets the report").contains("Summary:");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void unknownFormatListsTheFormats() {
        CliTest.Run run = check("--format", "yaml", EXAMPLES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --format yaml (use text, json, sarif, junit, markdown");
    }

    /** A comma with no name after it (a list cut short) is a mistake, not a shorter list. */
    @ParameterizedTest
    @ValueSource(strings = {"json,", ",json", "json,,sarif", ","})
    void anEmptyFormatNameIsRefused(String formats) {
        CliTest.Run run = check("--format", formats, EXAMPLES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("secretome-check: empty format name in --format " + formats
                + " (use text, json, sarif, junit, markdown, html, pdf)\nTry 'secretome-check check --help'.\n");
    }

    @Test
    void aRepeatedFormatIsWrittenOnce() {
        CliTest.Run run = check("--format", "json", "--format", "json", EXAMPLES);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).startsWith("{").containsOnlyOnce("\"checkDate\"");
    }

    @Test
    void aBinaryFormatIsNeverWrittenToStdout() throws IOException {
        Format binary = Arrays.stream(Format.values()).filter(Format::binary).findFirst().orElse(null);
        Assumptions.assumeTrue(binary != null, "no binary format is registered yet");
        CliTest.Run run = check("--format", binary.label(), EXAMPLES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("never written to standard output");
        assertThat(run.out()).isEmpty();
        Path file = temp.resolve("report." + binary.extension());
        assertThat(check("--format", binary.label(), "--output", file.toString(), EXAMPLES).code()).isEqualTo(1);
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void aBrokenFileStillGivesEveryReportAndExitTwo() throws IOException {
        Path batch = Files.createDirectories(temp.resolve("batch"));
        Files.copy(Path.of(CliTest.COMPLIANT), batch.resolve("a.yaml"));
        Files.writeString(batch.resolve("b-broken.yaml"), "format: secretome-protocol/1\nprotocol: {id: X\n");
        Path dir = temp.resolve("reports");
        CliTest.Run run = check("--format", "sarif,junit,markdown", "--output-dir", dir.toString(), batch.toString());
        assertThat(run.code()).isEqualTo(2);
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("secretome-check.sarif").toFile());
        assertThat(sarif.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isFalse();
        assertThat(Files.readString(dir.resolve("secretome-check.xml"))).contains("<error type=\"unreadable\"");
        assertThat(Files.readString(dir.resolve("secretome-check.md"))).contains("**NOT CHECKED**");
        JsonNode notChecked = sarif.at("/runs/0/results").get(sarif.at("/runs/0/results").size() - 1);
        assertThat(notChecked.path("ruleId").asText()).isEqualTo("not-checked");
        assertThat(sarif.at("/runs/0/tool/driver/rules/" + notChecked.path("ruleIndex").asInt() + "/id").asText())
                .as("the result's rule is described, as every other").isEqualTo("not-checked");
        assertThat(run.err()).as("standard error names the file not checked, as the reports are in files").contains(
                "secretome-check: not checked: " + batch.resolve("b-broken.yaml") + ":2:11: YAML syntax error")
                .endsWith("secretome-check: Fails: not every protocol was checked.\n");
        CliTest.Run failing = check(CliTest.DEVIATING, batch.resolve("b-broken.yaml").toString());
        assertThat(failing.code()).isEqualTo(2);
        assertThat(failing.out()).as("mending the broken file would not pass the run: the verdict says so")
                .endsWith("Fails: not every protocol was checked and open findings major or worse.\n");
    }

    /** SARIF 2.1.0: a suppression written in the analysed file is "inSource"; one from a --waivers file, "external". */
    @Test
    void aWaiverInTheProtocolIsAnInSourceSuppressionAndOneFromAWaiverFileExternal() throws IOException {
        Path waivers = Files.writeString(temp.resolve("id02.yaml"), """
                format: secretome-waivers/1
                waivers:
                  - rule: ID-02
                    justification: "Marker panel under revalidation."
                    approved_by: "QA"
                    approved_on: 2025-01-01
                    expires_on: 2026-01-01
                """);
        Path sarif = temp.resolve("kinds.sarif");
        assertThat(check("-o", sarif.toString(), "--waivers", waivers.toString(), CliTest.DEVIATING).code()).isEqualTo(1);
        Map<String, String> kinds = new java.util.TreeMap<>();
        for (JsonNode result : new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results")) {
            if (result.has("suppressions")) {
                kinds.put(result.path("ruleId").asText(), result.at("/suppressions/0/kind").asText());
            }
        }
        assertThat(kinds).containsExactly(Map.entry("DON-02", "inSource"), Map.entry("ID-02", "external"));
    }

    /** Standard error lists the first 20 files not checked, then how many more; SARIF describes each tool rule it uses. */
    @Test
    void manyFilesNotCheckedAreCountedAndSarifDescribesTheToolsOwnRules() throws IOException {
        Path batch = Files.createDirectories(temp.resolve("many"));
        Files.copy(Path.of(CliTest.COMPLIANT), batch.resolve("a.yaml"));
        for (int i = 0; i < 21; i++) {
            Files.writeString(batch.resolve(String.format("b%02d.yaml", i)), "format: secretome-protocol/1\nprotocol: [\n");
        }
        Path waivers = Files.writeString(temp.resolve("stale.yaml"), WaiversAndBaselineTest.STALE_WAIVER_FILE);
        Path sarif = temp.resolve("r.sarif");
        CliTest.Run run = check("-o", sarif.toString(), "--waivers", waivers.toString(), "--fail-on-stale-waivers",
                batch.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().filter(line -> line.startsWith("secretome-check: not checked: ")).toList()).hasSize(21)
                .last().isEqualTo("secretome-check: not checked: 1 more file (see the report)");
        JsonNode result = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0");
        for (String id : List.of("not-checked", "stale-waiver")) {
            JsonNode first = null;
            for (JsonNode candidate : result.path("results")) {
                if (candidate.path("ruleId").asText().equals(id)) {
                    first = candidate;
                    break;
                }
            }
            assertThat(first).as(id).isNotNull();
            assertThat(result.at("/tool/driver/rules/" + first.path("ruleIndex").asInt() + "/id").asText()).isEqualTo(id);
        }
    }

    /** Without --format, -o report.sarif is SARIF, not text in a file of that name; an unknown extension is text. */
    @ParameterizedTest
    @ValueSource(strings = {"report.sarif", "REPORT.JSON", "junit.xml", "report.md", "report.html", "report.pdf", "report.log"})
    void theFormatFollowsTheExtensionOfOutputWhenNoneIsGiven(String name) throws IOException {
        Path file = temp.resolve(name);
        assertThat(check("-o", file.toString(), CliTest.COMPLIANT).code()).isZero();
        Format expected = Format.ofFileName(name).orElse(Format.TEXT);
        Path reference = temp.resolve("reference");
        check("--format", expected.label(), "-o", reference.toString(), CliTest.COMPLIANT);
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(reference));
        assertThat(expected).isEqualTo(switch (name.substring(name.indexOf('.') + 1).toLowerCase()) {
            case "sarif" -> Format.SARIF;
            case "json" -> Format.JSON;
            case "xml" -> Format.JUNIT;
            case "md" -> Format.MARKDOWN;
            case "html" -> Format.HTML;
            case "pdf" -> Format.PDF;
            default -> Format.TEXT;
        });
    }

    private static String[] concat(String[] first, String... rest) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(rest)).toArray(String[]::new);
    }
}
