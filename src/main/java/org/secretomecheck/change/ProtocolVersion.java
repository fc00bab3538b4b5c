package org.secretomecheck.change;

import java.nio.file.Path;
import java.util.List;
import org.secretomecheck.check.Checker;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.load.InputFile;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.protocol.ProtocolDocument;

/**
 * One version of a protocol as change control sees it: the result of checking it and its parsed
 * document (null when the file could not be read as YAML).
 */
public record ProtocolVersion(ProtocolResult result, ProtocolDocument document) {

    /** True when the file was checked and its document is at hand. */
    public boolean isChecked() {
        return result.isChecked() && document != null;
    }

    /**
     * Reads and checks {@code file} ({@code null}: standard input), shown to the user as
     * {@code display}. Never throws for a bad file.
     */
    public static ProtocolVersion load(Checker checker, InputLimits limits, Path file, String display) {
        byte[] content;
        try {
            content = InputFile.readFileOrStandardInput(file, limits.maxFileBytes());
        } catch (InputFile.UnreadableException e) {
            return failed(display, e.getMessage());
        }
        ReadResult read = new YamlReader(limits).read(display, content);
        ProtocolResult result;
        try {
            result = checker.check(display, content);
        } catch (RuntimeException | StackOverflowError e) {
            result = ProtocolResult.notChecked(display, "", null, List.of(new Problem(Problem.Kind.INTERNAL,
                    Location.ofFile(display), "internal error while checking this file: " + e)));
        }
        return new ProtocolVersion(result, read.document());
    }

    private static ProtocolVersion failed(String display, String message) {
        return new ProtocolVersion(ProtocolResult.notChecked(display, "", null,
                List.of(new Problem(Problem.Kind.UNREADABLE, Location.ofFile(display), message))), null);
    }
}
