package org.secretomecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.Gate;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Readable;
import org.secretomecheck.finding.Report;
import org.secretomecheck.finding.RuleDescription;
import org.secretomecheck.finding.WaiverRef;

/**
 * JUnit XML, for CI test dashboards (Jenkins, GitLab, Azure): one {@code <testsuite>} per
 * protocol, one {@code <testcase>} per criterion that applies to it. A test case fails as the run
 * does (the report's {@link org.secretomecheck.finding.Gate}): a criterion with an open finding
 * at or above {@code --fail-on} that the baseline does not record is a {@code <failure>} whose
 * type is the most severe finding's severity; other open findings are listed in its
 * {@code <system-out>}; a criterion whose findings are all waived is {@code <skipped>}. With
 * {@code --fail-on-stale-waivers}, each checked protocol has a test case that its waivers match
 * findings. A protocol that could not be checked is a suite with one test case in {@code <error>}. Written with the JDK's {@link XMLStreamWriter}, UTF-8,
 * indented by two spaces.
 */
public final class JUnitRenderer implements Renderer {

    /** The name of the test case of a protocol that could not be checked. */
    static final String NOT_CHECKED_CASE = "protocol is readable and valid";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    @Override
    public void render(Report report, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            new Document(xml).write(report);
            xml.flush();
            xml.close();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    /** The name of the test case, with --fail-on-stale-waivers, that a protocol's waivers all match findings. */
    static final String WAIVERS_CASE = "waivers match findings";

    /**
     * One criterion of one protocol, as a test case: its open findings that fail the run
     * ({@code failing}), those that do not (below {@code --fail-on}, or in the baseline), and its
     * waived ones.
     */
    private record Case(String ruleId, String title, List<Finding> failing, List<Finding> tolerated, List<Finding> waived) {

        boolean fails() {
            return !failing.isEmpty();
        }

        boolean skipped() {
            return failing.isEmpty() && tolerated.isEmpty() && !waived.isEmpty();
        }
    }

    /** The writing of one document: the writer and its indentation. */
    private static final class Document {

        private final XMLStreamWriter xml;
        private int depth;

        Document(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void write(Report report) throws XMLStreamException {
            String timestamp = LocalDateTime.ofInstant(report.generatedAt().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
                    .format(TIMESTAMP);
            List<List<Case>> suites = new ArrayList<>();
            int tests = 0;
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            for (ProtocolResult protocol : report.protocols()) {
                List<Case> cases = cases(report, protocol);
                suites.add(cases);
                if (protocol.isChecked()) {
                    tests += cases.size();
                    failures += (int) cases.stream().filter(Case::fails).count();
                    skipped += (int) cases.stream().filter(Case::skipped).count();
                    if (report.gate().failOnStaleWaivers()) {
                        tests++;
                        failures += protocol.staleWaivers().isEmpty() ? 0 : 1;
                    }
                } else {
                    tests++;
                    errors++;
                }
            }
            xml.writeStartDocument("UTF-8", "1.0");
            start("testsuites");
            attribute("name", report.tool().name() + " " + report.tool().version());
            attribute("tests", tests);
            attribute("failures", failures);
            attribute("errors", errors);
            attribute("skipped", skipped);
            attribute("timestamp", timestamp);
            for (int index = 0; index < report.protocols().size(); index++) {
                suite(report, report.protocols().get(index), index, suites.get(index), timestamp);
            }
            end();
            xml.writeEndDocument();
        }

        private void suite(Report report, ProtocolResult protocol, int index, List<Case> cases, String timestamp)
                throws XMLStreamException {
            start("testsuite");
            attribute("name", Readable.line(protocol.file())); // a file a\nb.yaml is not a b.yaml
            attribute("id", index);
            if (protocol.id() != null) {
                attribute("package", protocol.id());
            }
            boolean checked = protocol.isChecked();
            boolean waiversCase = checked && report.gate().failOnStaleWaivers();
            boolean stale = waiversCase && !protocol.staleWaivers().isEmpty();
            attribute("tests", checked ? cases.size() + (waiversCase ? 1 : 0) : 1);
            attribute("failures", checked ? cases.stream().filter(Case::fails).count() + (stale ? 1 : 0) : 0);
            attribute("errors", checked ? 0 : 1);
            attribute("skipped", checked ? cases.stream().filter(Case::skipped).count() : 0);
            attribute("timestamp", timestamp);
            start("properties");
            property("file", Readable.line(protocol.file()));
            property("sha256", protocol.sha256());
            property("protocol.id", protocol.id());
            property("protocol.version", protocol.version());
            property("protocol.stage", protocol.stage());
            property("status", protocol.status());
            property("checkDate", report.checkDate().toString());
            if (report.tool().code() != null) {
                property("tool.code.sha256", report.tool().code());
            }
            property("rules.sha256", report.rules().sha256());
            property("profile.name", report.profile().name());
            property("profile.version", report.profile().version());
            property("profile.sha256", report.profile().sha256());
            if (!report.profile().overrides().isEmpty()) {
                property("profile.overrides", report.profile().overridesText());
            }
            if (!report.excludes().isEmpty()) {
                property("excludes", Readable.line(Report.quoted(report.excludes())));
            }
            for (Report.Input input : report.inputs()) { // the waiver files in order, then the baseline
                String name = input.role() == Report.Input.Role.BASELINE ? "baseline" : "waiverFile";
                property(name, Readable.line(input.file()));
                property(name + ".sha256", input.sha256());
            }
            property("waivers.reopened", count(protocol.reopenedCount()));
            property("waivers.pending", count(protocol.pendingCount()));
            property("waivers.stale", count(protocol.staleWaivers().size()));
            property("waivers.expiring", count(protocol.expiringWaivers().size()));
            property("criteria.notApplicable", String.join(",", report.notApplicable(protocol)));
            end();
            if (!checked) {
                start("testcase");
                attribute("classname", className(protocol));
                attribute("name", NOT_CHECKED_CASE);
                // one error element: CI servers read only the first of a test case
                Problem first = protocol.problems().get(0);
                start("error");
                attribute("type", first.kind().name().toLowerCase(Locale.ROOT));
                attribute("message", Readable.line(first.location().display()) + ": " + first.message() + more(protocol.problems().size()));
                text(protocol.problems().stream().map(problem -> Readable.line(problem.location().display())
                        + (problem.location().pointer().isEmpty() ? "" : " (" + problem.location().pointer() + ")") + "\n"
                        + problem.message()).collect(java.util.stream.Collectors.joining("\n\n")));
                endInline();
                end();
            }
            for (Case test : cases) {
                testcase(protocol, test, report.gate());
            }
            if (waiversCase) {
                waiversCase(protocol);
            }
            if (!protocol.staleWaivers().isEmpty() || !protocol.expiringWaivers().isEmpty()) {
                start("system-out");
                StringBuilder out = new StringBuilder();
                for (WaiverRef waiver : protocol.staleWaivers()) {
                    out.append("STALE WAIVER ").append(waiver.rule()).append(waiverPointer(waiver)).append(" at ")
                            .append(Readable.line(waiver.source())).append(": matches no finding of this protocol")
                            .append(TextRenderer.whyStale(protocol, waiver)).append('\n');
                }
                for (WaiverRef waiver : protocol.expiringWaivers()) {
                    out.append("EXPIRING WAIVER ").append(waiver.rule()).append(waiverPointer(waiver)).append(" at ")
                            .append(Readable.line(waiver.source())).append(": expires on ").append(waiver.expiresOn()).append('\n');
                }
                text(out.toString());
                endInline();
            }
            end();
        }

        /** " (and N more)" after the first of {@code count} findings or problems. */
        private static String more(int count) {
            return count > 1 ? " (and " + (count - 1) + " more)" : "";
        }

        /**
         * The file without its extension, its other dots as {@code _}: Jenkins splits a class name
         * at its last dot, so {@code a.b/p.v1.yaml} would show as class {@code v1} of {@code a.b/p}.
         * Without {@code .} and empty segments, so that a test keeps its history however the file
         * was named ({@code ./protocols/p.yaml}, {@code protocols//p.yaml}), and with {@code /}
         * between names on every system.
         */
        private static String className(ProtocolResult protocol) {
            // a\nb.yaml is not a b.yaml here either; escaped, not cut, so that long paths stay apart
            String file = FileNames.normalised(Readable.escaped(protocol.file(), Integer.MAX_VALUE));
            int dot = file.lastIndexOf('.');
            String stem = dot > file.lastIndexOf('/') + 1 ? file.substring(0, dot) : file;
            return stem.replace('.', '_');
        }

        private static String waiverPointer(WaiverRef waiver) {
            return waiver.pointer() == null ? "" : " (" + waiver.pointer() + ")";
        }

        /** A count as a property value; null (no property) for zero. */
        private static String count(long n) {
            return n == 0 ? null : Long.toString(n);
        }

        private void testcase(ProtocolResult protocol, Case test, Gate gate) throws XMLStreamException {
            if (test.failing().isEmpty() && test.tolerated().isEmpty() && test.waived().isEmpty()) {
                empty("testcase");
                attribute("classname", className(protocol));
                attribute("name", name(test));
                return;
            }
            start("testcase");
            attribute("classname", className(protocol));
            attribute("name", name(test));
            if (test.skipped()) {
                empty("skipped");
                attribute("message", "waived: " + test.waived().get(0).waiver().justification());
            }
            if (test.fails()) { // one failure element, the most severe first: CI servers read only one
                List<Finding> open = test.failing().stream()
                        .sorted(java.util.Comparator.comparing(Finding::severity).reversed()).toList();
                Finding first = open.get(0);
                start("failure");
                attribute("type", first.severity().label());
                attribute("message", Readable.line(first.location().display()) + ": " + first.message()
                        + (first.isReopened() ? " [waiver expired " + first.waiver().expiresOn() + "]" : "")
                        + (first.isPending() ? " [waiver not yet in force: from " + first.waiver().approvedOn() + "]" : "")
                        + (first.baseline() ? " [baseline]" : "") + more(open.size()));
                text(open.stream().map(finding -> describe(finding)).collect(java.util.stream.Collectors.joining("\n\n")));
                endInline();
            }
            if (!test.tolerated().isEmpty() || !test.waived().isEmpty()) {
                start("system-out");
                StringBuilder out = new StringBuilder();
                for (Finding finding : test.tolerated()) {
                    out.append(finding.baseline() ? "OPEN, IN THE BASELINE " : "OPEN, BELOW --fail-on " + gate.failOn().label() + " ")
                            .append(describe(finding)).append('\n');
                }
                for (Finding finding : test.waived()) {
                    out.append("WAIVED ").append(describe(finding)).append("\nwaiver: ")
                            .append(finding.waiver().justification()).append(" (")
                            .append(finding.waiver().approval()).append(", ").append(Readable.line(finding.waiver().source()))
                            .append(")\n");
                }
                text(out.toString());
                endInline();
            }
            end();
        }

        private static String describe(Finding finding) {
            return finding.severity().name() + " " + finding.ruleId() + " at " + Readable.line(finding.location().display())
                    + (finding.location().pointer().isEmpty() ? "" : " (" + finding.location().pointer() + ")") + "\n"
                    + finding.message() + (finding.value() == null ? "" : "\nvalue: " + finding.value())
                    + (finding.isReopened() ? "\nwaiver expired on " + finding.waiver().expiresOn() + " ("
                            + Readable.line(finding.waiver().source()) + "; " + finding.waiver().approval() + "): "
                            + finding.waiver().justification() : "")
                    + (finding.isPending() ? "\nwaiver not yet in force, from " + finding.waiver().approvedOn() + " ("
                            + Readable.line(finding.waiver().source()) + "; " + finding.waiver().approval() + "): "
                            + finding.waiver().justification() : "")
                    + (finding.baseline() ? "\nin the baseline" : "");
        }

        private static String name(Case test) {
            return test.title() == null || test.title().isBlank() ? test.ruleId() : test.ruleId() + " " + test.title();
        }

        /** The test case that a protocol's waivers all match findings; it fails on a stale waiver. */
        private void waiversCase(ProtocolResult protocol) throws XMLStreamException {
            if (protocol.staleWaivers().isEmpty()) {
                empty("testcase");
                attribute("classname", className(protocol));
                attribute("name", WAIVERS_CASE);
                return;
            }
            start("testcase");
            attribute("classname", className(protocol));
            attribute("name", WAIVERS_CASE);
            start("failure");
            attribute("type", "stale-waiver");
            WaiverRef first = protocol.staleWaivers().get(0);
            attribute("message", Readable.line(first.source()) + ": the waiver of " + first.rule() + waiverPointer(first)
                    + " matches no finding of this protocol" + TextRenderer.whyStale(protocol, first)
                    + more(protocol.staleWaivers().size()));
            text(protocol.staleWaivers().stream().map(waiver -> Readable.line(waiver.source()) + ": the waiver of " + waiver.rule()
                    + waiverPointer(waiver) + " matches no finding of this protocol" + TextRenderer.whyStale(protocol, waiver)
                    + "; remove it or correct it")
                    .collect(java.util.stream.Collectors.joining("\n")));
            endInline();
            end();
        }

        /** The criteria of a checked protocol: those that apply, and any other that found something. */
        private static List<Case> cases(Report report, ProtocolResult protocol) {
            Set<String> ids = new LinkedHashSet<>();
            Set<String> relevant = new LinkedHashSet<>(protocol.applicableRules());
            protocol.findings().forEach(f -> relevant.add(f.ruleId()));
            for (RuleDescription rule : report.ruleDescriptions()) {
                if (relevant.contains(rule.id())) {
                    ids.add(rule.id());
                }
            }
            ids.addAll(relevant);
            List<Case> cases = new ArrayList<>();
            for (String id : ids) {
                RuleDescription rule = report.rule(id);
                List<Finding> open = protocol.findings().stream().filter(f -> f.ruleId().equals(id) && !f.isWaived()).toList();
                cases.add(new Case(id, rule == null ? null : rule.title(),
                        open.stream().filter(f -> report.gate().fails(f)).toList(),
                        open.stream().filter(f -> !report.gate().fails(f)).toList(),
                        protocol.findings().stream().filter(f -> f.ruleId().equals(id) && f.isWaived()).toList()));
            }
            return cases;
        }

        private void property(String name, String value) throws XMLStreamException {
            if (value != null && !value.isEmpty()) {
                empty("property");
                attribute("name", name);
                attribute("value", value);
            }
        }

        private void start(String element) throws XMLStreamException {
            indent();
            xml.writeStartElement(element);
            depth++;
        }

        private void empty(String element) throws XMLStreamException {
            indent();
            xml.writeEmptyElement(element);
        }

        private void end() throws XMLStreamException {
            depth--;
            indent();
            xml.writeEndElement();
        }

        /** Ends an element whose content is text, on the same line. */
        private void endInline() throws XMLStreamException {
            depth--;
            xml.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }

        private void attribute(String name, long value) throws XMLStreamException {
            xml.writeAttribute(name, Long.toString(value));
        }

        private void attribute(String name, String value) throws XMLStreamException {
            xml.writeAttribute(name, clean(value, true));
        }

        private void text(String value) throws XMLStreamException {
            xml.writeCharacters(clean(value, false));
        }

        /**
         * {@code value} with the characters XML 1.0 cannot hold, and deceptive ones
         * ({@link Readable#isDeceptive}), written as escapes ({@link Readable#escape}), as in text; in an attribute, line breaks and tabs become
         * spaces (a parser would turn them into spaces anyway; a file name shows them as {@code \\n}, see {@code suite}).
         */
        private static String clean(String value, boolean attribute) {
            StringBuilder clean = new StringBuilder(value.length());
            value.codePoints().forEach(c -> {
                boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                allowed &= !Readable.isDeceptive(c);
                if (!allowed) {
                    clean.append(Readable.escape(c));
                } else if (attribute && (c == 0x9 || c == 0xA || c == 0xD)) {
                    clean.append(' ');
                } else if (c == 0xD) {
                    clean.append('\n');
                } else {
                    clean.appendCodePoint(c);
                }
            });
            return clean.toString();
        }
    }
}
