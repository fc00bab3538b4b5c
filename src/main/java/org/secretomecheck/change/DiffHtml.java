package org.secretomecheck.change;

import java.util.List;
import java.util.Locale;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.finding.ProtocolResult;

/** The diff as one self-contained, well-formed XHTML page: inline CSS, no scripts, nothing fetched. */
final class DiffHtml {

    private DiffHtml() {}

    static String render(ProtocolDiff diff) {
        Xhtml m = Xhtml.page("Change control: " + diff.before().file() + " \u2192 " + diff.after().file());
        m.element("h1", "Change control: " + label(diff.before()) + " \u2192 " + label(diff.after())).nl();
        m.open("table").nl();
        m.open("tr").element("th", "").element("th", "File").element("th", "Protocol ID").element("th", "Version")
                .element("th", "Stage").element("th", "SHA-256").close("tr").nl();
        version(m, "Old", diff.before());
        version(m, "New", diff.after());
        m.close("table").nl();
        m.element("p", "Check date " + diff.checkDate() + "; profile " + diff.profile().name() + " "
                + diff.profile().version() + " (sha256 " + diff.profile().sha256() + "); rule set " + diff.rules().source()
                + " (" + diff.rules().rules() + " rules, sha256 " + diff.rules().sha256() + "); " + diff.tool().label() + diff.inputs().stream().map(input -> "; " + input.role().label() + " "
                        + input.file() + " (sha256 " + input.sha256() + ")").collect(java.util.stream.Collectors.joining())
                + ".", "class", "meta").nl();
        if (diff.warning() != null) {
            m.element("p", "Warning: " + diff.warning(), "class", "warning").nl();
        }
        m.element("p", diff.verdict(), "class", diff.fails() ? "verdict fail" : "verdict pass").nl();

        m.element("h2", String.format(Locale.ROOT, "Parameters: %d changed, %d added, %d removed",
                diff.values(ValueChange.Kind.CHANGED).size(), diff.values(ValueChange.Kind.ADDED).size(),
                diff.values(ValueChange.Kind.REMOVED).size())).nl();
        if (diff.values().isEmpty()) {
            m.element("p", "No value changed.").nl();
        } else {
            m.open("table").nl();
            m.open("tr").element("th", "Change").element("th", "JSON Pointer").element("th", "Old value")
                    .element("th", "Old line").element("th", "New value").element("th", "New line").close("tr").nl();
            for (ValueChange change : diff.values()) {
                m.open("tr", "class", change.kind().label()).element("td", change.kind().label(), "class",
                        change.kind().label()).element("td", change.pointer(), "class", "mono")
                        .element("td", change.shownBefore(), "class", "mono")
                        .element("td", change.beforeLine() > 0 ? String.valueOf(change.beforeLine()) : "")
                        .element("td", change.shownAfter(), "class", "mono")
                        .element("td", change.afterLine() > 0 ? String.valueOf(change.afterLine()) : "")
                        .close("tr").nl();
            }
            m.close("table").nl();
        }

        for (FindingChange.Status status : FindingChange.Status.values()) {
            List<FindingChange> changes = diff.findings(status);
            m.element("h2", heading(status) + " (" + changes.size() + ")").nl();
            if (changes.isEmpty()) {
                m.element("p", "None.").nl();
                continue;
            }
            m.open("table").nl();
            m.open("tr").element("th", "Severity").element("th", "Rule").element("th", "Location")
                    .element("th", "JSON Pointer").element("th", "Message").close("tr").nl();
            for (FindingChange change : changes) {
                Finding finding = change.finding();
                String severity = finding.severity().label() + (finding.isWaived() ? " (waived)" : "")
                        + (change.note().isEmpty() ? "" : "; " + change.note());
                m.open("tr").element("td", severity, "class", "sev-" + finding.severity().label())
                        .element("td", finding.ruleId())
                        .element("td", finding.location().display(), "class", "mono")
                        .element("td", finding.location().pointer(), "class", "mono")
                        .element("td", finding.message()).close("tr").nl();
            }
            m.close("table").nl();
        }
        return m.end();
    }

    private static String heading(FindingChange.Status status) {
        return switch (status) {
            case NEW -> "New findings (in the new version only)";
            case RESOLVED -> "Resolved findings (in the old version only)";
            case UNCHANGED -> "Unchanged findings (in both versions)";
        };
    }

    private static void version(Xhtml m, String which, ProtocolResult result) {
        m.open("tr").element("th", which).element("td", result.file(), "class", "mono")
                .element("td", String.valueOf(result.id())).element("td", Text.version(result.version()))
                .element("td", String.valueOf(result.stage())).element("td", result.sha256(), "class", "mono")
                .close("tr").nl();
    }

    private static String label(ProtocolResult result) {
        return result.id() + " " + Text.version(result.version());
    }
}
