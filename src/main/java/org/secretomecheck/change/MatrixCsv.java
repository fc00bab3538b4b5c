package org.secretomecheck.change;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The matrix as CSV (RFC 4180 quoting by Jackson): a header row, then one row per key parameter:
 * {@code parameter, pointer, differs (true/false)}, then for each protocol its value (empty when
 * not recorded) and its "outside profile" column (the rule IDs, separated by "; ", each followed by
 * " waived" when approved by a waiver). A protocol's columns are headed {@code ID (file; sha256 …)}.
 * A file that could not be checked still gets its two columns, after the others, headed
 * {@code file (not checked)} and empty: a reader of the CSV alone sees that it was asked for.
 */
final class MatrixCsv {

    private static final CsvMapper MAPPER = new CsvMapper();

    private MatrixCsv() {}

    static String render(ComparisonMatrix matrix) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("parameter", "pointer", "differs"));
        for (ComparisonMatrix.Column column : matrix.columns()) {
            String name = column.label() + " (" + column.file() + "; sha256 " + column.sha256() + ")";
            header.add(name);
            header.add(name + " outside profile");
        }
        for (org.secretomecheck.finding.ProtocolResult protocol : matrix.notChecked()) {
            header.add(protocol.file() + " (not checked)");
            header.add(protocol.file() + " (not checked) outside profile");
        }
        rows.add(header.toArray(String[]::new));
        for (ComparisonMatrix.Row row : matrix.rows()) {
            List<String> line = new ArrayList<>(List.of(row.name(), row.pointer(), String.valueOf(row.differs())));
            for (ComparisonMatrix.Cell cell : row.cells()) {
                line.add(cell.value() == null ? "" : cell.value());
                line.add(String.join("; ", cell.marks()));
            }
            for (int i = 0; i < 2 * matrix.notChecked().size(); i++) {
                line.add("");
            }
            rows.add(line.toArray(String[]::new));
        }
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = MAPPER.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
            for (String[] row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the comparison as CSV", e);
        }
        return out.toString();
    }
}
