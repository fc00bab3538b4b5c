package org.secretomecheck.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.finding.Report;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.rules.RuleBook;

/**
 * The report the HTML and PDF tests render: the bundled examples as of 2025-06-01, generated at a
 * fixed instant, plus one protocol that cannot be checked and whose text tries to break the markup.
 */
final class ReportFixtures {

    static final Instant GENERATED_AT = Instant.parse("2025-06-01T09:30:00Z");

    /** A file that is not a protocol, with markup, quotes and ampersands in its keys and values. */
    static final String HOSTILE = "format: secretome-protocol/1\n"
            + "protocol:\n"
            + "  id: \"<script>alert('x')</script>\"\n"
            + "  \"<b>bold</b> & \\\"quoted\\\"\": ]]> <!-- -->\n";

    private static Report examples;

    private ReportFixtures() {}

    /** The examples report (computed once: compiling the rules takes seconds). */
    static synchronized Report examples() throws Exception {
        if (examples == null) {
            Checker checker = new Checker(RuleBook.load(Path.of("rules")), new ProfileLoader().loadDefault(),
                    LocalDate.parse("2025-06-01"), InputLimits.DEFAULT);
            Report report = checker.check(ProtocolFiles.expand(List.of("protocols/examples")));
            List<ProtocolResult> protocols = new ArrayList<>(report.protocols());
            protocols.add(checker.check("protocols/broken <&>.yaml", HOSTILE.getBytes(StandardCharsets.UTF_8)));
            examples = new Report(report.tool(), report.rules(), report.profile(), report.checkDate(), protocols,
                    report.ruleDescriptions(), GENERATED_AT);
        }
        return examples;
    }

    /** The deviating example's result. */
    static ProtocolResult deviations() throws Exception {
        return examples().protocols().stream().filter(p -> p.file().endsWith("ev-bm-deviations.yaml")).findFirst()
                .orElseThrow();
    }
}
