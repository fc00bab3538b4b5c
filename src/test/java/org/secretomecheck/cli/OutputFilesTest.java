package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of one run are placed together: none is renamed into place before all are written. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void aReportThatCannotBeFinishedKeepsTheOthersOfTheRunFromBeingPlaced() throws IOException {
        Path json = java.nio.file.Files.writeString(dir.resolve("secretome-check.json"), "an earlier report");
        Path pdf = dir.resolve("secretome-check.pdf");
        Files.Content stopped = out -> {
            out.write("%PDF-1.7 half".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("stopped while rendering");
        };
        assertThatThrownBy(() -> Files.writeAll(List.of(Map.entry(json, (OutputStream out) -> out.write(
                "this run's report".getBytes(StandardCharsets.UTF_8))), Map.entry(pdf, stopped))))
                .isInstanceOfSatisfying(Files.Failure.class, failure -> assertThat(failure.target).isEqualTo(pdf))
                .hasMessage("stopped while rendering");
        assertThat(json).hasContent("an earlier report");
        assertThat(pdf).doesNotExist();
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left).as("no temporary file is left").containsExactly(json);
        }
    }

    @Test
    void allAreWrittenWhenAllCanBe() throws IOException {
        Path json = dir.resolve("secretome-check.json");
        Path sarif = dir.resolve("sub/secretome-check.sarif");
        Files.writeAll(List.of(Map.entry(json, (OutputStream out) -> out.write('1')),
                Map.entry(sarif, (OutputStream out) -> out.write('2'))));
        assertThat(json).hasContent("1");
        assertThat(sarif).hasContent("2");
    }
}
