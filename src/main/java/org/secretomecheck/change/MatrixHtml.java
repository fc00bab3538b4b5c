package org.secretomecheck.change;

import java.util.stream.Collectors;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;

/**
 * The matrix as one self-contained, well-formed XHTML page. A row whose values differ is marked
 * {@code ≠}; a cell outside the profile is shaded and names its rules, with the findings in its
 * {@code title}.
 */
final class MatrixHtml {

    private MatrixHtml() {}

    static String render(ComparisonMatrix matrix) {
        Xhtml m = Xhtml.page("Protocol comparison, " + matrix.checkDate());
        m.element("h1", "Comparison of " + matrix.columns().size() + " protocol"
                + (matrix.columns().size() == 1 ? "" : "s")).nl();
        m.element("p", "Check date " + matrix.checkDate() + "; profile " + matrix.profile().name() + " "
                + matrix.profile().version() + " (sha256 " + matrix.profile().sha256() + "); rule set "
                + matrix.rules().source() + " (" + matrix.rules().rules() + " rules, sha256 " + matrix.rules().sha256()
                + "); " + matrix.tool().label() + matrix.inputs().stream()
                        .map(input -> "; " + input.role().label() + " " + input.file() + " (sha256 " + input.sha256() + ")")
                        .collect(Collectors.joining()) + ".", "class", "meta").nl();
        if (!matrix.columns().isEmpty()) {
            m.open("table").nl();
            m.open("thead").open("tr").element("th", "Parameter");
            for (ComparisonMatrix.Column column : matrix.columns()) {
                m.open("th").element("div", column.label())
                        .element("div", column.version() == null ? "" : "version " + column.version(), "class", "meta")
                        .element("div", column.file(), "class", "mono")
                        .element("div", "SHA-256 " + column.sha256(), "class", "mono hash").close("th");
            }
            m.close("tr").close("thead").nl();
            m.open("tbody").nl();
            for (ComparisonMatrix.Row row : matrix.rows()) {
                m.open("tr", "class", row.differs() ? "differs" : null);
                m.open("th", "class", "parameter", "title", row.pointer());
                if (row.differs()) {
                    m.element("span", "\u2260 ", "class", "mark");
                }
                m.text(row.name()).close("th");
                for (ComparisonMatrix.Cell cell : row.cells()) {
                    cell(m, cell);
                }
                m.close("tr").nl();
            }
            m.close("tbody").nl();
            m.close("table").nl();
            m.element("p", "\u2260 the values differ between the protocols. A shaded cell is outside the profile:"
                    + " the named rule has a finding at this parameter (\u201cwaived\u201d: an approved deviation)."
                    + " \u2014 not recorded.", "class", "meta").nl();
        }
        if (!matrix.notChecked().isEmpty()) {
            m.element("h2", "Not checked, so not compared").nl();
            m.open("ul").nl();
            for (ProtocolResult protocol : matrix.notChecked()) {
                m.open("li").element("span", protocol.file(), "class", "mono").open("ul");
                for (Problem problem : protocol.problems()) {
                    m.open("li").element("span", problem.location().display(), "class", "mono").text(": "
                            + problem.message()).close("li");
                }
                m.close("ul").close("li").nl();
            }
            m.close("ul").nl();
        }
        return m.end();
    }

    private static void cell(Xhtml m, ComparisonMatrix.Cell cell) {
        if (!cell.outsideProfile()) {
            m.open("td");
        } else {
            m.open("td", "class", "outside", "title", cell.findings().stream().map(MatrixHtml::describe)
                    .collect(Collectors.joining("\n")));
        }
        if (cell.value() == null) {
            m.element("span", "\u2014", "class", "none");
        } else {
            m.text(cell.value());
        }
        if (cell.outsideProfile()) {
            m.element("span", String.join(", ", cell.marks()), "class", "rules");
        }
        m.close("td");
    }

    private static String describe(Finding finding) {
        return finding.ruleId() + " " + finding.severity().label() + (finding.isWaived() ? " (waived)" : "") + ": "
                + finding.message();
    }
}
