package org.secretomecheck.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;

/**
 * The matrix as an aligned text table: a column per protocol (ID, version, file), a row per key
 * parameter. {@code *} before a row: the values differ. {@code [RULE]} after a value: outside the
 * profile. {@code -}: not recorded.
 */
final class MatrixText {

    /** Longer values are wrapped onto more lines, so that a table of several protocols fits a wide terminal. */
    private static final int CELL_WIDTH = 36;

    private MatrixText() {}

    static String render(ComparisonMatrix matrix) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Comparison of %d protocol%s (check date %s, profile %s %s)\n",
                matrix.columns().size(), matrix.columns().size() == 1 ? "" : "s", matrix.checkDate(),
                matrix.profile().name(), matrix.profile().version()));
        out.append(String.format(Locale.ROOT, "  %s; rule set %s (%d rules, sha256 %s); profile sha256 %s",
                matrix.tool().label(), Text.oneLine(matrix.rules().source()), matrix.rules().rules(),
                matrix.rules().sha256(), matrix.profile().sha256()));
        for (Report.Input input : matrix.inputs()) {
            out.append("; ").append(input.role().label()).append(' ').append(Text.oneLine(input.file())).append(" (sha256 ")
                    .append(input.sha256()).append(')');
        }
        out.append('\n');
        if (!matrix.columns().isEmpty()) {
            List<List<List<String>>> rows = new ArrayList<>();
            List<String> markers = new ArrayList<>();
            rows.add(header("Protocol", matrix, c -> c.label()));
            rows.add(header("Version", matrix, c -> Text.version(c.version())));
            rows.add(header("File", matrix, c -> c.file()));
            markers.add("  ");
            markers.add("  ");
            markers.add("  ");
            for (ComparisonMatrix.Row row : matrix.rows()) {
                List<List<String>> line = new ArrayList<>();
                line.add(List.of(row.name()));
                row.cells().forEach(cell -> line.add(wrap(cell(cell), CELL_WIDTH)));
                rows.add(line);
                markers.add(row.differs() ? "* " : "  ");
            }
            int[] widths = new int[rows.get(0).size()];
            for (List<List<String>> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    for (String text : row.get(i)) {
                        widths[i] = Math.max(widths[i], Text.width(text));
                    }
                }
            }
            out.append('\n');
            for (int r = 0; r < rows.size(); r++) {
                if (r == 3) {
                    StringBuilder rule = new StringBuilder("  ");
                    for (int i = 0; i < widths.length; i++) {
                        rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
                    }
                    out.append(rule).append('\n');
                }
                List<List<String>> row = rows.get(r);
                int height = row.stream().mapToInt(List::size).max().orElse(1);
                for (int l = 0; l < height; l++) {
                    StringBuilder text = new StringBuilder(l == 0 ? markers.get(r) : "  ");
                    for (int i = 0; i < row.size(); i++) {
                        String part = l < row.get(i).size() ? row.get(i).get(l) : "";
                        text.append(i == 0 ? "" : " | ").append(Text.pad(part, widths[i]));
                    }
                    out.append(text.toString().stripTrailing()).append('\n');
                }
            }
            out.append('\n');
            out.append("* the values differ between the protocols\n");
            out.append("[RULE] outside the profile: that rule has a finding at this parameter"
                    + " (\"waived\": an approved deviation)\n");
            out.append("- not recorded\n");
            out.append('\n').append("Files compared:\n");
            for (ComparisonMatrix.Column column : matrix.columns()) {
                out.append("  ").append(Text.oneLine(column.label())).append("  ").append(Text.oneLine(column.file()))
                        .append("  sha256 ").append(column.sha256()).append('\n');
            }
        }
        if (!matrix.notChecked().isEmpty()) {
            out.append('\n').append("Not checked, so not compared:\n");
            for (ProtocolResult protocol : matrix.notChecked()) {
                out.append("  ").append(Text.oneLine(protocol.file())).append('\n');
                for (Problem problem : protocol.problems()) {
                    out.append("    ").append(Text.oneLine(problem.location().display())).append("  ")
                            .append(Text.oneLine(problem.message())).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static List<List<String>> header(String name, ComparisonMatrix matrix,
            java.util.function.Function<ComparisonMatrix.Column, String> value) {
        List<List<String>> line = new ArrayList<>();
        line.add(List.of(name));
        matrix.columns().forEach(column -> line.add(List.of(Text.oneLine(value.apply(column)))));
        return line;
    }

    /** {@code text} in lines of at most {@code width} characters, broken at spaces (a longer word keeps its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && Text.width(line.toString()) + 1 + Text.width(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String cell(ComparisonMatrix.Cell cell) {
        String value = cell.value() == null ? "-" : Text.oneLine(cell.value());
        return cell.outsideProfile() ? value + " [" + String.join(", ", cell.marks()) + "]" : value;
    }
}
