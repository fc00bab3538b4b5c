package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports have the same bytes on every platform: in a JVM whose line separator is CRLF and whose
 * encoding is windows-1252, as on Windows, every report, baseline, diff and rule listing still
 * ends its lines with LF alone, and what goes to standard output is UTF-8, as the files are. Its
 * locale is Arabic (Saudi Arabia), whose numbers have digits of their own: no output uses them.
 */
class PlatformBytesTest {

    @TempDir
    Path out;

    @Test
    void windowsLineEndsAndEncodingChangeNoByteOfAnyReport() throws Exception {
        run("check", "protocols/examples", "--as-of", "2025-06-01", "--format", "text,json,sarif,junit,markdown,html",
                "--output-dir", out.toString(), "--write-baseline", out.resolve("baseline.json").toString());
        String older = "protocols/examples/cm-ucmsc-minimal-design.yaml";
        String newer = "protocols/examples/cm-adipose-design.yaml";
        Files.writeString(out.resolve("diff.txt"), run("diff", older, newer, "--as-of", "2025-06-01"));
        Files.writeString(out.resolve("diff.json"), run("diff", older, newer, "--as-of", "2025-06-01", "--format", "json"));
        Files.writeString(out.resolve("rules.json"), run("rules", "--format", "json"));
        Files.writeString(out.resolve("rules.txt"), run("rules"));
        Files.writeString(out.resolve("explain.txt"), run("explain", "CON-07"));
        for (String name : List.of("secretome-check.txt", "secretome-check.json", "secretome-check.sarif", "secretome-check.xml",
                "secretome-check.md", "secretome-check.html", "baseline.json", "diff.txt", "diff.json", "rules.json", "rules.txt",
                "explain.txt")) {
            String text = Files.readString(out.resolve(name), StandardCharsets.UTF_8);
            assertThat(text).as(name).contains("\n").doesNotContain("\r").doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]");
        }
        String json = Files.readString(out.resolve("secretome-check.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("4 °C"); // a character that windows-1252 would write as another byte
        assertThat(Files.readString(out.resolve("rules.txt"))).contains("\n88 rules; rule set sha256 ");
        assertThat(run("check", "protocols/examples", "--as-of", "2025-06-01", "--format", "json")).isEqualTo(json);
    }

    /** Runs the tool in a JVM with Windows' line separator and encoding; returns its standard output, read as UTF-8. */
    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dline.separator=\r\n", "-Dfile.encoding=windows-1252", "-Duser.language=ar", "-Duser.country=SA", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(() -> String.join(" ", args) + ": " + stdout).isLessThanOrEqualTo(1);
        return stdout;
    }
}
