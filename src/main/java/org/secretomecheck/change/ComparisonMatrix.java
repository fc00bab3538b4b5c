package org.secretomecheck.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.NumberText;
import org.secretomecheck.finding.Parameter;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;

/**
 * A standardization matrix: the key parameters of several protocols side by side, one column per
 * checked protocol and one row per key parameter. A row whose values are not all equal differs; a
 * cell is outside the profile when the protocol has a finding at the parameter's pointer or below
 * it.
 *
 * @param tool the tool that made it
 * @param rules the rule set the protocols were checked with
 * @param profile the profile in force
 * @param checkDate the date waivers were judged against
 * @param inputs the waiver files the protocols were judged with, with their SHA-256: a waived
 *     value reads differently without them, so the comparison names them as {@code diff} does
 * @param columns the checked protocols, in input order
 * @param rows the key parameters, in the order of {@code check.KeyParameters}
 * @param notChecked the protocols that could not be checked, with their problems
 */
public record ComparisonMatrix(Report.Tool tool, Report.RuleSet rules, Report.ProfileInfo profile, LocalDate checkDate,
        List<Report.Input> inputs, List<Column> columns, List<Row> rows, List<ProtocolResult> notChecked) {

    /** A protocol of the comparison, with the SHA-256 of its file. */
    public record Column(String file, String sha256, String id, String version, String stage) {

        /** The header label: the protocol ID, or the file when the ID is unknown. */
        public String label() {
            return id != null ? id : file;
        }
    }

    /** One key parameter across the protocols. */
    public record Row(String name, String pointer, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /**
         * True when the protocols do not all have the same value (an unrecorded value counts as a
         * value; numbers by value: 48 is 48.0).
         */
        public boolean differs() {
            return cells.stream().map(cell -> NumberText.canonical(cell.value())).distinct().count() > 1;
        }

        /** True when some protocol's value is outside the profile. */
        public boolean outsideProfile() {
            return cells.stream().anyMatch(Cell::outsideProfile);
        }
    }

    /**
     * One protocol's value of one parameter.
     *
     * @param value the value as {@code check.KeyParameters} shows it, or null when not recorded
     * @param findings the protocol's findings (open and waived) at the parameter's pointer or below
     *        it, and, when it is not recorded, those about it (at its nearest present parent)
     */
    public record Cell(String value, List<Finding> findings) {

        public Cell {
            findings = List.copyOf(findings);
        }

        /** True when a finding is at this parameter. */
        public boolean outsideProfile() {
            return !findings.isEmpty();
        }

        /**
         * The rules that found this value outside the profile, in report order, each once:
         * {@code EXP-01}, or {@code DON-02 waived} when a waiver covers every finding of that rule here.
         */
        public List<String> marks() {
            Map<String, Boolean> waived = new LinkedHashMap<>();
            for (Finding finding : findings) {
                waived.merge(finding.ruleId(), finding.isWaived(), Boolean::logicalAnd);
            }
            List<String> marks = new ArrayList<>();
            waived.forEach((rule, all) -> marks.add(all ? rule + " waived" : rule));
            return marks;
        }
    }

    public ComparisonMatrix {
        Objects.requireNonNull(checkDate, "checkDate");
        inputs = List.copyOf(inputs);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notChecked = List.copyOf(notChecked);
    }

    /** The matrix of every protocol of {@code report}. */
    public static ComparisonMatrix of(Report report) {
        List<ProtocolResult> checked = report.protocols().stream().filter(ProtocolResult::isChecked).toList();
        List<ProtocolResult> notChecked = report.protocols().stream().filter(p -> !p.isChecked()).toList();
        List<Column> columns = checked.stream()
                .map(p -> new Column(p.file(), p.sha256(), p.id(), p.version(), p.stage())).toList();
        Map<String, String> names = new LinkedHashMap<>();
        for (ProtocolResult protocol : checked) {
            for (Parameter parameter : protocol.parameters()) {
                names.putIfAbsent(parameter.pointer(), parameter.name());
            }
        }
        List<Row> rows = new ArrayList<>();
        names.forEach((pointer, name) -> {
            List<Cell> cells = new ArrayList<>();
            for (ProtocolResult protocol : checked) {
                String value = protocol.parameters().stream().filter(p -> p.pointer().equals(pointer))
                        .findFirst().map(Parameter::value).orElse(null);
                List<Finding> findings = protocol.findings().stream()
                        .filter(f -> at(f.location().pointer(), pointer) || value == null && f.targets().contains(pointer))
                        .toList();
                cells.add(new Cell(value, findings));
            }
            rows.add(new Row(name, pointer, cells));
        });
        return new ComparisonMatrix(report.tool(), report.rules(), report.profile(), report.checkDate(), report.inputs(), columns, rows,
                notChecked);
    }

    /** True when {@code pointer} is {@code parameter} or below it. */
    static boolean at(String pointer, String parameter) {
        return pointer.equals(parameter) || pointer.startsWith(parameter + "/");
    }
}
