package org.secretomecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Location;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.Severity;

/** The Markdown report, read back with a GFM parser as GitHub would read a pull-request comment. */
class MarkdownRendererTest {

    private static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @TempDir
    Path temp;

    private static String markdown(Report report) throws Exception {
        return new String(Format.MARKDOWN.render(report), StandardCharsets.UTF_8);
    }

    /** Every table of {@code markdown}, as rows of cell texts. */
    private static List<List<List<String>>> tables(String markdown) {
        List<List<List<String>>> tables = new ArrayList<>();
        GFM.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    List<List<String>> rows = new ArrayList<>();
                    collectRows(block, rows);
                    tables.add(rows);
                }
            }
        });
        return tables;
    }

    private static void collectRows(Node node, List<List<String>> rows) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof TableRow) {
                List<String> cells = new ArrayList<>();
                for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(text(cell));
                    }
                }
                rows.add(cells);
            } else {
                collectRows(child, rows);
            }
        }
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(CustomNode n) {
                visitChildren(n);
            }
        });
        return text.toString();
    }

    @Test
    void summaryThenOneTablePerProtocolWaivedApartAndProblemsOfTheFilesNotChecked() throws Exception {
        Path batch = TestReports.batchWithBrokenFile(temp);
        Report report = TestReports.check(batch.toString());
        String markdown = markdown(report);
        assertThat(markdown).startsWith("## secretome-check report\n\n**Fails: not every protocol was checked and open findings major or worse.** 3 protocols, "
                + "2 checked, 1 not checked;");
        List<List<List<String>>> tables = tables(markdown);
        List<List<String>> summary = tables.get(0);
        assertThat(summary.get(0)).containsExactly("Severity", "Open findings");
        assertThat(summary.get(1)).containsExactly("CRITICAL", Integer.toString(report.openBySeverity().get(Severity.CRITICAL)));
        assertThat(summary).as("open findings only, by severity").hasSize(5);
        assertThat(markdown).contains("3 protocols, 2 checked, 1 not checked;").contains(", 1 waived");

        assertThat(markdown).containsPattern("### " + java.util.regex.Pattern.quote(batch + "/b-broken.yaml")
                + "\n\nSHA-256 `[0-9a-f]{64}`\n\n\\*\\*NOT CHECKED\\*\\*: 1 problem");
        List<List<String>> problems = tables.stream().filter(t -> t.get(0).get(0).equals("Kind")).findFirst().orElseThrow();
        assertThat(problems.get(1).get(0)).isEqualTo("unreadable");
        assertThat(problems.get(1).get(1)).isEqualTo(batch + "/b-broken.yaml:2:11");
        assertThat(problems.get(1).get(2)).startsWith("YAML syntax error: expected ',' or '}'");

        List<List<String>> open = tables.stream().filter(t -> t.get(0).equals(List.of("Severity", "Rule", "Location", "Message")))
                .findFirst().orElseThrow();
        ProtocolResult deviating = report.protocols().get(2);
        assertThat(open).hasSize(1 + (int) deviating.findings().stream().filter(f -> !f.isWaived()).count());
        Finding first = deviating.findings().stream().filter(f -> !f.isWaived()).findFirst().orElseThrow();
        assertThat(open.get(1)).containsExactly(first.severity().name(), first.ruleId(), first.location().display(),
                first.message());
        Finding waivedFinding = deviating.findings().stream().filter(Finding::isWaived).findFirst().orElseThrow();
        assertThat(open).noneMatch(row -> row.get(1).equals(waivedFinding.ruleId())
                && row.get(2).equals(waivedFinding.location().display()));

        assertThat(markdown).contains("Waived findings (1):");
        List<List<String>> waived = tables.stream().filter(t -> t.get(0).contains("Justification")).findFirst().orElseThrow();
        assertThat(waived).hasSize(2);
        assertThat(waived.get(1).get(1)).isEqualTo("DON-02");
        assertThat(waived.get(1).get(5)).as("approver, approval date, reference, where the waiver is written")
                .isEqualTo("QA: M. Novak, 2025-01-15, DEV-2025-014; waiver at " + batch.resolve("c deviating.yml") + ":179:5");
        assertThat(waived.get(1).get(6)).isEqualTo("2025-12-31");
        assertThat(markdown).contains("Checked: no findings.");
    }

    @Test
    void textFromTheInputsCannotBreakATableOrInjectMarkup() throws Exception {
        String nasty = "a | b \\| c <script>alert(1)</script> *bold* [link](http://x) `code`\nnext line &amp; ~~del~~";
        Finding finding = Finding.open("EXP-01", Severity.MINOR, new Location("dir/a|b_c.yaml", "/protocol", 2, 1),
                nasty, null);
        ProtocolResult protocol = new ProtocolResult("dir/a|b_c.yaml", "ab", "ID-1", "1", "design", List.of(finding),
                List.of(), List.of(), List.of());
        Report report = new Report(new Report.Tool("secretome-check", "0.1.0"), new Report.RuleSet("r", "s", 1),
                new Report.ProfileInfo("p", "1", "default", "t"), LocalDate.parse("2025-06-01"), List.of(protocol),
                List.of());
        String markdown = markdown(report);
        List<List<String>> findings = tables(markdown).get(1);
        assertThat(findings.get(1)).hasSize(4);
        assertThat(findings.get(1).get(2)).isEqualTo("dir/a|b_c.yaml:2:1");
        assertThat(findings.get(1).get(3)).isEqualTo(nasty.replace('\n', ' '));
        List<Node> html = new ArrayList<>();
        GFM.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(node);
            }
        });
        assertThat(html).isEmpty();
    }
}
