package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void shownOnlyToAPersonAtATerminalThatTheReportDoesNotStreamTo() {
        assertThat(Progress.wanted(true, false, false, 6)).as("report to a file, or stdout a file").isTrue();
        assertThat(Progress.wanted(true, true, false, 6)).as("report on stdout, a terminal or a pipe").isFalse();
        assertThat(Progress.wanted(false, false, false, 10_000)).as("stderr is a pipe or a file").isFalse();
        assertThat(Progress.wanted(true, false, true, 10_000)).as("CI is set").isFalse();
        assertThat(Progress.wanted(true, false, false, 5)).as("a few files").isFalse();
    }

    @Test
    void drawsFilesDoneTotalAndRateInPlaceAndClearsTheLine() {
        StringWriter err = new StringWriter();
        Progress progress = Progress.of(new PrintWriter(err), 10, true);
        progress.tick();
        String drawn = err.toString();
        progress.end();
        assertThat(drawn).startsWith("\rchecked 1/10 files, ").containsPattern("\\d+/s $");
        assertThat(err.toString()).isEqualTo(drawn + "\r" + " ".repeat(drawn.length()) + "\r");
    }

    @Test
    void saysWhatItDoesAfterTheLastFileInPlaceOfTheCount() {
        StringWriter err = new StringWriter();
        Progress progress = Progress.of(new PrintWriter(err), 10, true);
        progress.tick();
        String count = err.toString();
        progress.say("checked 10 files; writing the report");
        progress.end();
        String wide = " ".repeat(Math.max(count.length(), "checked 10 files; writing the report ".length()));
        assertThat(err.toString()).isEqualTo(count + "\r" + " ".repeat(count.length()) + "\r"
                + "\rchecked 10 files; writing the report " + "\r" + wide + "\r");
    }

    @Test
    void drawsNothingWhenOff() {
        StringWriter err = new StringWriter();
        Progress progress = Progress.of(new PrintWriter(err), 10, false);
        progress.tick();
        progress.end();
        assertThat(err.toString()).isEmpty();
    }
}
