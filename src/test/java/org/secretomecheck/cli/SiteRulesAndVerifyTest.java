package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site rules run, list, explain and verify like the built-in ones; {@code verify} writes the matrix. */
class SiteRulesAndVerifyTest {

    @TempDir
    Path temp;

    private Path siteRules(String id, boolean withCases) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("site"));
        Files.writeString(dir.resolve("site.drl"), """
                package site
                import org.secretomecheck.protocol.*
                import org.secretomecheck.profile.Profile
                global org.secretomecheck.rules.FindingSink findings
                rule "%1$s check 1: no site name"
                    @id("%1$s") @check("1") @severity("minor") @target("site") @when("protocol.site is absent")
                    @message("The manufacturing site (site) is not named.")
                    @title("Manufacturing site named") @appliesTo("all products; both stages")
                    @rationale("Our QA manual requires the site on every protocol.") @sources("ACME QA manual 4.2")
                when
                    Protocol( site == null )
                then
                    findings.report(kcontext);
                end
                """.formatted(id));
        if (withCases) {
            Files.createDirectories(dir.resolve("cases"));
            Files.writeString(dir.resolve("cases/" + id + ".yaml"), """
                    rule: %1$s
                    cases:
                      - name: "no site: minor at /protocol"
                        protocol: {}
                        expect:
                          - {severity: minor, pointer: /protocol}
                      - name: "quiet with a site"
                        protocol: {site: "Building C"}
                        expect: []
                    """.formatted(id));
        }
        return dir;
    }

    /** README's header of a site DRL file, with the rule conditions README gives as examples, compiles and runs. */
    @Test
    void theReadmeSiteFileHeaderAndConditionsCompile() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String site = readme.substring(readme.indexOf("### Site rules"));
        String header = site.substring(site.indexOf("```drl\n") + 7, site.indexOf("```", site.indexOf("```drl\n") + 7));
        assertThat(readme).contains("`Context( $today : checkDate )` and\n"
                + "    `Protocol( effectiveDate != null, effectiveDate.plusYears(2).isBefore($today) )`");
        Path dir = Files.createDirectories(temp.resolve("readme-site"));
        Files.writeString(dir.resolve("site.drl"), header + """
                rule "SITE-01 check 1: old protocol"
                    @id("SITE-01") @check("1") @severity("minor") @target("effective_date")
                    @when("effective_date is more than two years before the check date")
                    @message("The protocol took effect on {value}, more than two years ago.")
                    @title("Protocol reviewed") @appliesTo("all products; both stages")
                    @rationale("Our QA manual asks for a review every two years.") @sources("ACME QA manual 4.3")
                when
                    Context( $today : checkDate )
                    Protocol( effectiveDate != null, effectiveDate.plusYears(2).isBefore($today) )
                then
                    findings.report(kcontext);
                end
                """);
        CliTest.Run run = CliTest.run("check", "--site-rules", dir.toString(), "--as-of", "2030-01-01", CliTest.COMPLIANT);
        assertThat(run.err()).doesNotContain("cannot be used");
        assertThat(run.out()).contains("SITE-01  The protocol took effect on");
    }

    @Test
    void siteRuleRunsListsAndExplains() throws IOException {
        Path site = siteRules("SITE-01", true);
        CliTest.Run check = CliTest.run("check", "--site-rules", site.toString(), "--as-of", "2025-06-01",
                "protocols/examples/cm-ucmsc-minimal-design.yaml");
        assertThat(check.out()).containsPattern("cm-ucmsc-minimal-design.yaml:7:1  MINOR     SITE-01  The manufacturing site")
                .contains("SITE 0/1");
        assertThat(CliTest.run("check", "--site-rules", site.toString(), CliTest.COMPLIANT).out()).doesNotContain("SITE-01");
        assertThat(CliTest.run("rules", "--site-rules", site.toString()).out()).contains("SITE-01").contains("Manufacturing site named");
        assertThat(CliTest.run("explain", "--site-rules", site.toString(), "SITE-01").out()).contains("ACME QA manual 4.2");
        CliTest.Run twice = CliTest.run("rules", "--site-rules", site.toString(), "--site-rules", site + "/");
        assertThat(twice.code()).as("a directory named twice is read once: " + twice.err()).isZero();
        assertThat(twice.out()).contains("89 rules");
    }

    @Test
    void aRulesDirectoryThatIsMissingAFileOrADanglingLinkIsSaidSo() throws IOException {
        Path missing = temp.resolve("nope");
        assertThat(CliTest.run("check", "--site-rules", missing.toString(), CliTest.COMPLIANT).err())
                .contains(missing + ": no such directory");
        Path file = Files.writeString(temp.resolve("a-file"), "x");
        assertThat(CliTest.run("check", "--site-rules", file.toString(), CliTest.COMPLIANT).err())
                .contains(file + ": not a directory");
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling"), missing);
        CliTest.Run run = CliTest.run("check", "--rules", dangling.toString(), CliTest.COMPLIANT);
        assertThat(run.err()).contains(dangling + ": a link to nothing");
        assertThat(run.code()).isEqualTo(2);
    }

    /** What a rule declares is what it reports: a consequence cannot lower a critical check to info. */
    @Test
    void aConsequenceCannotChangeTheSeverityItsMetadataDeclares() throws IOException {
        Path site = siteRules("SITE-01", false);
        Path drl = site.resolve("site.drl");
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"minor\")", "@severity(\"critical\")")
                .replace("@message(\"The manufacturing site (site) is not named.\")", "@message(\"Not named ({severity}).\")")
                .replace("findings.report(kcontext);", "findings.report(kcontext, \"severity\", \"info\");"));
        CliTest.Run check = CliTest.run("check", "--site-rules", site.toString(), "--as-of", "2025-06-01",
                "protocols/examples/cm-ucmsc-minimal-design.yaml");
        assertThat(check.out()).contains("CRITICAL  SITE-01  Not named (info).").doesNotContain("INFO      SITE-01");
        assertThat(check.code()).isEqualTo(1);
    }

    @Test
    void aSiteRuleThatFiresBeyondItsScopeCountsAsApplicableSoTheCriteriaStillAddUp() throws IOException {
        Path site = siteRules("SITE-01", false);
        Path drl = site.resolve("site.drl");
        // scoped to lyophilized products, but its condition does not say so: it fires on a liquid product too
        Files.writeString(drl, Files.readString(drl).replace("@title(", "@scope(\"lyophilized\") @title("));
        CliTest.Run run = CliTest.run("check", "--site-rules", site.toString(), "--as-of", "2025-06-01", "--format", "json",
                "protocols/examples/cm-ucmsc-minimal-design.yaml");
        JsonNode protocol = new ObjectMapper().readTree(run.out()).at("/protocols/0");
        assertThat(protocol.path("findings").findValuesAsText("ruleId")).contains("SITE-01");
        List<String> notApplicable = new ArrayList<>();
        protocol.path("notApplicable").forEach(id -> notApplicable.add(id.asText()));
        assertThat(notApplicable).doesNotContain("SITE-01").contains("STO-04");
        JsonNode all = protocol.path("completeness").get(protocol.path("completeness").size() - 1);
        assertThat(all.path("applicable").asInt() + notApplicable.size()).as("applicable and not applicable make up the 89 rules")
                .isEqualTo(89);
        assertThat(protocol.path("completeness").findValuesAsText("section")).contains("SITE");
    }

    @Test
    void siteRuleWithACatalogueIdIsAnError() throws IOException {
        CliTest.Run run = CliTest.run("check", "--site-rules", siteRules("DON-02", false).toString(), CliTest.COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("DON-02").contains("SITE-");
    }

    @Test
    void rulesAndVerifyRefuseAnOutputDirThatIsAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("in.yaml"), "x: 1\n");
        for (String[] command : new String[][] {{"rules", "--format", "markdown", "--output-dir", file.toString()},
                {"verify", "--output-dir", file.toString()}}) {
            CliTest.Run run = CliTest.run(command);
            assertThat(run.code()).as(command[0]).isEqualTo(2);
            assertThat(run.err()).as(command[0]).isEqualTo("secretome-check: --output-dir " + file
                    + " exists and is not a directory\n");
            assertThat(run.out()).as(command[0] + ": refused before any case runs").isEmpty();
        }
        CliTest.Run below = CliTest.run("rules", "--format", "markdown", "--output-dir", file.resolve("sub").toString());
        assertThat(below.code()).isEqualTo(2);
        assertThat(below.err()).startsWith("secretome-check: cannot write " + file.resolve("sub"))
                .containsIgnoringCase("not a directory").doesNotContain("internal error").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("x: 1\n");
    }

    /** A site directory with one DRL rule, in package {@code pkg}, that reports on every protocol. */
    private Path oneRuleSite(String dir, String pkg, String name, String metadata) throws IOException {
        Path site = Files.createDirectories(temp.resolve(dir));
        Files.writeString(site.resolve("site.drl"), """
                package %s
                import org.secretomecheck.rules.Context
                global org.secretomecheck.rules.FindingSink findings
                rule "%s"
                    %s
                when
                    Context()
                then
                    findings.report(kcontext);
                end
                """.formatted(pkg, name, metadata));
        return site;
    }

    @Test
    void aDuplicateRuleNameNamesBothFiles() throws IOException {
        Path site = oneRuleSite("samename", "org.secretomecheck.criteria", "EXP-01 check 2: passage above major limit",
                "@id(\"SITE-01\") @check(\"1\") @severity(\"minor\") @target(\"expansion\") @when(\"x\") @message(\"m\")"
                        + " @title(\"t\") @appliesTo(\"a\") @rationale(\"r\") @sources(\"s\")");
        Files.writeString(site.resolve("other.drl"), Files.readString(site.resolve("site.drl"))
                .replace("package org.secretomecheck.criteria", "package other").replace("SITE-01", "SITE-02"));
        CliTest.Run run = CliTest.run("check", "--site-rules", site.toString(), CliTest.COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Duplicate rule name: EXP-01 check 2: passage above major limit")
                .contains("exp.drl").contains("also defined in " + site.resolve("site.drl") + ";")
                .as("the same name in another package is no duplicate").doesNotContain("other.drl");
    }

    /** Two site rules of one name make two Java classes of one name: Drools' echo of that is not repeated. */
    @Test
    void aDuplicateRuleNameIsSaidOnce() throws IOException {
        Path site = siteRules("SITE-01", false);
        Files.writeString(site.resolve("second.drl"), Files.readString(site.resolve("site.drl"))
                .replace("@id(\"SITE-01\")", "@id(\"SITE-02\")"));
        CliTest.Run run = CliTest.run("check", "--site-rules", site.toString(), CliTest.COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(site.resolve("second.drl") + ":5:1: Duplicate rule name: SITE-01 check 1: no site name"
                + " (also defined in " + site.resolve("site.drl") + "; rule names must be unique within a package)\n")
                .doesNotContain("is already defined");
    }

    /** A check without the rule's header (no @title) added to a built-in rule: it would run as that rule. */
    @Test
    void aSiteCheckAddedToACatalogueRuleIsAnError() throws IOException {
        Path site = oneRuleSite("addon", "site", "EXP-01 site check",
                "@id(\"EXP-01\") @check(\"9\") @severity(\"minor\") @target(\"expansion\") @when(\"always\") @message(\"m\")");
        for (String[] command : new String[][] {{"check", "--site-rules", site.toString(), "--as-of", "2025-06-01",
                CliTest.COMPLIANT}, {"explain", "--site-rules", site.toString(), "EXP-01"}}) {
            CliTest.Run run = CliTest.run(command);
            assertThat(run.code()).as(run.out()).isEqualTo(2);
            assertThat(run.err()).containsPattern("site\\.drl:\\d+:\\d+: rule EXP-01 is defined in more than one file")
                    .contains("exp.drl");
            assertThat(run.out()).isEmpty();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"SITE-", "SITE-<b>x</b>", "SITE-../../x", "SITE-qa"})
    void aSiteRuleIdIsSitePrefixCapitalsDigitsAndDashes(String id) throws IOException {
        CliTest.Run run = CliTest.run("rules", "--rules", siteRules(id, false).toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is not a catalogue ID; site rules use IDs of SITE- and capital letters, digits and dashes");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "/format | /format", "nonexistent.field | nonexistent", "../../etc | ''", "donor.ids.x | x",
        "donor.eligibility.tests.result | result", "donor.age_years.x | x"})
    void aSiteRuleTargetMustNameAFieldOfTheProtocol(String target, String segment) throws IOException {
        Path dir = siteRules("SITE-01", false);
        Path drl = dir.resolve("site.drl");
        Files.writeString(drl, Files.readString(drl).replace("@target(\"site\")", "@target(\"" + target + "\")"));
        CliTest.Run run = CliTest.run("rules", "--rules", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("has @target(\"" + target + "\"), which names no field of the protocol format (at \""
                + segment + "\")");
    }

    @Test
    void aSiteRuleMessageAndThresholdsMustNameFieldsAndThresholdsThatExist() throws IOException {
        Path dir = siteRuleEdited(drl -> drl
                .replace(MESSAGE, "@message(\"{donor.cout} and {profile.expansion.max_pasage|passage|passages or 'none'} and"
                        + " {own.thing}\")")
                .replace("@title(", "@thresholds(\"profile.expansion.max_passage, profile.nope.key\") @title("));
        CliTest.Run run = CliTest.run("rules", "--rules", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the placeholder {donor.cout} in @message, which names no field of the protocol"
                + " format or threshold of the profile (at \"cout\")")
                .contains("the placeholder {profile.expansion.max_pasage}").doesNotContain("{own.thing}")
                .doesNotContain("passages")
                .contains("lists profile.nope.key in @thresholds, which is not a threshold of the profile")
                .doesNotContain("lists profile.expansion.max_passage");
    }

    /** The singular is for the value 1, however the rule passes it; a value not recorded leaves the noun out. */
    @Test
    void aPlaceholderChoosesItsFormByValue() throws IOException {
        Path dir = siteRuleEdited(drl -> drl
                .replace(MESSAGE, "@message(\"{a|time|times}, {b|time|times}, {c|time|times}, {d|°C or 'no temperature'},"
                        + " {e|°C}.\")")
                .replace("findings.report(kcontext);", "findings.report(kcontext, \"a\", 1.0d, \"b\", new java.math.BigDecimal(\"1.00\"),"
                        + " \"c\", -1, \"d\", null, \"e\", -80);").replace("Protocol( site == null )", "Protocol( )"));
        CliTest.Run run = CliTest.run("check", "--site-rules", dir.toString(), "--as-of", "2025-06-01", CliTest.COMPLIANT);
        assertThat(run.out()).contains("SITE-01  1.0 time, 1 time, -1 times, no temperature, -80 °C.");
    }

    /** Words for a value not recorded written without quotes would be taken for the unit: the rules do not load. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{value|°C or }", "{value|time|times or}", "{value|°C or not recorded}",
        "{value|°C or \\\"unknown\\\"}"})
    void wordsForNoValueMustBeQuoted(String placeholder) throws IOException {
        CliTest.Run run = rulesWithMessage("At " + placeholder + ".");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("has " + placeholder.replace("\\\"", "\"")
                + " in @message: the words for a value not recorded go in quotes");
    }

    /** A unit or plural is for a number: after a list it would be made up, and the rule is at fault. */
    @Test
    void aUnitAfterAValueThatIsNoNumberIsTheRulesFault() throws IOException {
        Path dir = siteRuleEdited(drl -> drl.replace(MESSAGE, "@message(\"{xs|item|items}.\")")
                .replace("findings.report(kcontext);", "findings.report(kcontext, \"xs\", java.util.List.of(1, 2));")
                .replace("Protocol( site == null )", "Protocol( )"));
        CliTest.Run run = CliTest.run("check", "--site-rules", dir.toString(), "--as-of", "2025-06-01", CliTest.COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("NOT CHECKED").contains("SITE-01 check 1: no site name")
                .contains("its @message gives {xs|...} a unit or plural for a number, but xs is [1, 2]");
    }

    /** A placeholder the template cannot read would be printed as written: the rules do not load. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{n|donor's|donors'}", "{n|a|b|c}", "{n |x}", "{n", "n}", "{}", "{n or x}",
        "{n or 'x'"})
    void aBraceInAMessageThatIsNoPlaceholderIsRefused(String unread) throws IOException {
        CliTest.Run run = rulesWithMessage("{value|unit} and " + unread + " here");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("has a brace in @message that is no placeholder (near \"").contains(unread);
    }

    /** {@code rules} of a site rule set whose one rule has {@code message} (DRL string escapes and all). */
    private CliTest.Run rulesWithMessage(String message) throws IOException {
        Path dir = siteRuleEdited(drl -> drl.replace(MESSAGE, "@message(\"" + message + "\")"));
        return CliTest.run("rules", "--rules", dir.toString());
    }

    private static final String MESSAGE = "@message(\"The manufacturing site (site) is not named.\")";

    /** The directory of {@link #siteRules} for SITE-01, its DRL text changed by {@code edit}. */
    private Path siteRuleEdited(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path dir = siteRules("SITE-01", false);
        Path drl = dir.resolve("site.drl");
        Files.writeString(drl, edit.apply(Files.readString(drl)));
        return dir;
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/protocol", "site", "donor.eligibility.tests.{i}.result",
        "release_testing.msc_origin_markers.{m}", "documentation.raw_materials.0.lot"})
    void aSiteRuleTargetBelowTheProtocolIsAccepted(String target) throws IOException {
        Path dir = siteRules("SITE-01", false);
        Path drl = dir.resolve("site.drl");
        Files.writeString(drl, Files.readString(drl).replace("@target(\"site\")", "@target(\"" + target + "\")"));
        assertThat(CliTest.run("rules", "--rules", dir.toString()).code()).isZero();
    }

    @Test
    void pipesAmongTheRulesOrTheCasesAreRefusedNotOpened() throws Exception {
        Path dir = siteRules("SITE-01", true);
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", dir.resolve("z.drl").toString()).start()
                .waitFor() == 0, "mkfifo is not available");
        CliTest.Run rules = CliTest.run("rules", "--rules", dir.toString());
        assertThat(rules.code()).isEqualTo(2);
        assertThat(rules.err()).contains("z.drl: not a regular file");
        Files.delete(dir.resolve("z.drl"));
        new ProcessBuilder("mkfifo", dir.resolve("cases/SITE-02.yaml").toString()).start().waitFor();
        CliTest.Run verify = CliTest.run("verify", "--rules", dir.toString(), "--output-dir", temp.resolve("v").toString());
        assertThat(verify.out()).contains("not a regular file (a device, pipe or socket)");
    }

    @Test
    void ruleIdOutsideTheCatalogueNeedsTheSitePrefix() throws IOException {
        CliTest.Run run = CliTest.run("check", "--site-rules", siteRules("ACME-01", false).toString(), CliTest.COMPLIANT);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(temp.resolve("site/site.drl") + ":6:5: rule ACME-01 is not a catalogue ID")
                .contains("SITE-");
        Path drl = temp.resolve("site/site.drl");
        Files.writeString(drl, Files.readString(drl).replace("    @id(\"ACME-01\")", "    // @id(\"SITE-OLD\")\n    @id (\"ACME-01\")"));
        assertThat(CliTest.run("check", "--site-rules", temp.resolve("site").toString(), CliTest.COMPLIANT).err())
                .as("a commented-out @id is none").contains(drl + ":7:5: rule ACME-01 is not a catalogue ID");
    }

    @Test
    void verifyPassesOnTheBundledRulesAndWritesTheMatrix() throws IOException {
        Path out = temp.resolve("verification");
        CliTest.Run run = CliTest.run("verify", "--output-dir", out.toString(), "--date", "2026-01-01");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("PASS  SRC-01").doesNotContain("FAIL  ")
                .as("bundled case files are named below rules/, as their DRL is").contains("(rules/src/cases/SRC-01.yaml)");
        String matrix = Files.readString(out.resolve("traceability.md"));
        for (org.secretomecheck.rules.Catalogue.Entry entry : org.secretomecheck.rules.Catalogue.entries()) {
            assertThat(matrix).contains("| " + entry.id() + " | ");
        }
        assertThat(matrix).contains("| Result | **PASS** |").contains("Rule set SHA-256").contains("secretome-check")
                .containsPattern("\\| Profile \\| .+ \\(bundled default\\) \\|").containsPattern("\\| Profile SHA-256 \\| `[0-9a-f]{64}` \\|");
        assertThat(run.out()).containsPattern("Profile: .+ \\(default\\), sha256 [0-9a-f]{64}");
        assertThat(Files.readString(out.resolve("traceability.html"))).contains("<table>").contains("SRC-01");
    }

    @Test
    void theMatrixNamesTheCaseSetByItsDigestWhichTheRuleSetsDoesNotCover() throws IOException {
        Path copy = org.secretomecheck.TestFiles.copyOfRules(temp.resolve("rules-copy"));
        CliTest.Run all = CliTest.run("verify", "--rules", copy.toString(), "--output-dir", temp.resolve("all").toString());
        String cases = Files.readString(copy.resolve("exp/cases/EXP-01.yaml"));
        Files.writeString(copy.resolve("exp/cases/EXP-01.yaml"), cases.substring(0, cases.lastIndexOf("  - name:")));
        CliTest.Run fewer = CliTest.run("verify", "--rules", copy.toString(), "--output-dir", temp.resolve("fewer").toString());
        assertThat(all.code()).as(all.out()).isZero();
        assertThat(fewer.code()).as(fewer.out()).isZero();
        java.util.regex.Pattern digests = java.util.regex.Pattern.compile("Rule set: .*, sha256 ([0-9a-f]{64}); (\\d+) case files,"
                + " sha256 ([0-9a-f]{64})");
        java.util.regex.Matcher before = digests.matcher(all.out());
        java.util.regex.Matcher after = digests.matcher(fewer.out());
        assertThat(before.find()).isTrue();
        assertThat(after.find()).isTrue();
        assertThat(after.group(1)).as("the DRL is the same").isEqualTo(before.group(1));
        assertThat(after.group(2)).isEqualTo(before.group(2));
        assertThat(after.group(3)).as("one case fewer").isNotEqualTo(before.group(3));
        assertThat(Files.readString(temp.resolve("fewer/traceability.md")))
                .contains("| Case files | " + after.group(2) + " |", "| Case files SHA-256 | `" + after.group(3) + "` |");
        CliTest.Run bundled = CliTest.run("verify", "--output-dir", temp.resolve("bundled").toString());
        java.util.regex.Matcher same = digests.matcher(bundled.out());
        assertThat(same.find()).isTrue();
        assertThat(same.group(3)).as("the same cases, whether bundled or a copy given by another path")
                .isEqualTo(before.group(3));
    }

    @Test
    void theRuleReferenceNotesAPageLeftFromAnotherRuleSet() throws IOException {
        Path site = siteRules("SITE-01", true);
        Path pages = temp.resolve("reference");
        CliTest.Run withSite = CliTest.run("rules", "--format", "markdown", "--output-dir", pages.toString(), "--site-rules",
                site.toString());
        assertThat(withSite.code()).as(withSite.err()).isZero();
        assertThat(pages.resolve("SITE.md")).exists();
        CliTest.Run bundled = CliTest.run("rules", "--format", "markdown", "--output-dir", pages.toString());
        assertThat(bundled.code()).isZero();
        assertThat(bundled.err()).isEqualTo("secretome-check: note: " + pages.resolve("SITE.md") + " is no page of this rule"
                + " set (left from another run?); README.md does not link it: remove it if it is\n");
    }

    @Test
    void aCaseFileThatCannotBeRunIsNoQuietCaseAndNoCase() throws IOException {
        Path copy = org.secretomecheck.TestFiles.copyOfRules(temp.resolve("rules-unrun"));
        Path cases = copy.resolve("exp/cases/EXP-01.yaml");
        Files.writeString(cases, Files.readString(cases).replaceFirst("expect:", "expct:"));
        CliTest.Run run = CliTest.run("verify", "--rules", copy.toString(), "--output-dir", temp.resolve("unrun").toString());
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("; 1 case file could not be run; 88 criteria, NOT all verified");
        assertThat(Files.readString(temp.resolve("unrun/traceability.md"))).contains("| 0 / 0 | **FAIL** |")
                .contains("1 case file could not be run |");
        Files.writeString(cases, Files.readString(cases).replaceFirst("expct:", "expect:").replaceFirst("- name: [^\n]+",
                "- name: \"(file)\""));
        assertThat(CliTest.run("verify", "--rules", copy.toString(), "--output-dir", temp.resolve("unrun").toString()).out())
                .contains(": a case may not be named (file), which stands for a case file that could not be run")
                .contains("; 1 case file could not be run;");
    }

    @Test
    void aYamlFileAmongTheRulesThatIsNoCaseFileFailsTheVerification() throws IOException {
        Path copy = org.secretomecheck.TestFiles.copyOfRules(temp.resolve("rules-stray"));
        String cases = Files.readString(copy.resolve("exp/cases/EXP-01.yaml"));
        Files.createDirectories(copy.resolve("exp/cases/extra"));
        Files.writeString(copy.resolve("exp/cases/extra/EXP-01-more.yaml"), cases);
        Files.writeString(copy.resolve("exp/cases/EXP-01-upper.YAML"), cases);
        Files.writeString(copy.resolve("exp/EXP-01-beside.yaml"), cases); // a case file by its keys, beside the DRL
        Files.createDirectories(copy.resolve("exp/Cases"));
        Files.writeString(copy.resolve("exp/Cases/EXP-01.yaml"), cases);
        Files.writeString(copy.resolve("site-profile.yaml"), "profile: {name: s}\n"); // not a case: not looked at
        Files.createDirectories(copy.resolve("exp/cases/.hidden"));
        Files.writeString(copy.resolve("exp/cases/.hidden/x.yaml"), cases); // hidden: neither run nor looked at
        Files.writeString(copy.resolve("exp/cases/.x.yaml"), cases);
        CliTest.Run run = CliTest.run("verify", "--rules", copy.toString(), "--output-dir", temp.resolve("stray").toString());
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  " + copy.resolve("exp/cases/EXP-01-upper.YAML") + ": not run; case files are read"
                        + " only directly in a cases directory, named .yaml or .yml (lower case)",
                        "FAIL  " + copy.resolve("exp/cases/extra/EXP-01-more.yaml"))
                .contains("FAIL  " + copy.resolve("exp/EXP-01-beside.yaml"), "FAIL  " + copy.resolve("exp/Cases/EXP-01.yaml"))
                .contains("; 88 case files, sha256 ", "NOT all verified").doesNotContain("site-profile.yaml", ".hidden", ".x.yaml");
        assertThat(Files.readString(temp.resolve("stray/traceability.md"))).contains("| Result | **FAIL** |", "EXP-01-upper.YAML");
    }

    @Test
    void verifyFailsWhenASiteCaseFails() throws IOException {
        Path site = siteRules("SITE-01", true);
        Files.writeString(site.resolve("cases/SITE-01.yaml"), """
                rule: SITE-01
                cases:
                  - name: "wrong expectation"
                    protocol: {}
                    expect:
                      - {severity: major, pointer: /protocol}
                  - name: "quiet with a site"
                    protocol: {site: "Building C"}
                    expect: []
                  - name: "malformed expectation"
                    protocol: {}
                    expect:
                      - {severity: huge, pointer: /protocol}
                  - name: "expectations not a list"
                    protocol: {}
                    expect: {severity: minor, pointer: /protocol}
                  - name: "message contained"
                    protocol: {}
                    expect:
                      - {severity: minor, pointer: /protocol, message: "site (site) is not named"}
                  - name: "message not contained"
                    protocol: {}
                    expect:
                      - {severity: minor, pointer: /protocol, message: "the site is unknown"}
                  - name: "expected twice"
                    protocol: {}
                    expect:
                      - {severity: minor, pointer: /protocol}
                      - {severity: minor, pointer: /protocol, message: "not named"}
                  - name: "severity in capitals"
                    protocol: {}
                    expect:
                      - {severity: MAJOR, pointer: /protocol}
                  - name: "status in capitals"
                    protocol: {}
                    expect:
                      - {severity: minor, pointer: /protocol, status: OPEN}
                """);
        CliTest.Run run = CliTest.run("verify", "--site-rules", site.toString(), "--output-dir",
                temp.resolve("v").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  SITE-01  wrong expectation")
                .contains("FAIL  SITE-01  malformed expectation")
                .contains("SITE-01.yaml:13:10: a malformed expectation (severity huge); write {severity: info|minor")
                .contains("a malformed expectation (severity MAJOR); severity is written in small letters: major\n")
                .contains("a malformed expectation (status OPEN); status is written in small letters: open\n")
                .contains("FAIL  SITE-01  expectations not a list").contains("a case needs expect: a list of findings")
                .contains("PASS  SITE-01  message contained").contains("FAIL  SITE-01  message not contained")
                .contains("expected SITE-01 minor /protocol \"the site is unknown\"; "
                        + "got SITE-01 minor /protocol \"The manufacturing site (site) is not named.\"")
                .contains("FAIL  SITE-01  expected twice")
                .contains("      " + site.resolve("cases/SITE-01.yaml") + ":29:9: the finding minor at /protocol is expected"
                        + " twice; a rule reports one finding per place")
                .doesNotContain("internal error");
        assertThat(Files.readString(temp.resolve("v/traceability.md"))).contains("| SITE-01 | Manufacturing site named |")
                .contains("**FAIL**");
    }

    @Test
    void aCaseFileForARuleTheRuleSetDoesNotHaveFailsAndNamesTheRuleMeant() throws IOException {
        Path site = siteRules("SITE-01", true);
        Files.writeString(site.resolve("cases/SITE-02.yaml"), """
                rule: SITE-02
                cases:
                  - name: "quiet with a site"
                    protocol: {site: "Building C"}
                    expect: []
                """);
        CliTest.Run run = verify(site);
        assertThat(run.code()).isEqualTo(1);
        String unknown = "FAIL  SITE-02  NOT IMPLEMENTED: a case file names this rule, but no rule of the rule set has its ID;"
                + " did you mean SITE-01?\n";
        assertThat(run.out()).contains(unknown)
                .as("its cases test nothing: not run, not passed").doesNotContain("PASS  SITE-02")
                .contains("FAIL  SITE-02  (file) (" + site.resolve("cases/SITE-02.yaml") + ")\n      "
                        + site.resolve("cases/SITE-02.yaml") + ":1:1: no rule of the rule set has the ID SITE-02, so its"
                        + " cases test nothing and are not run\n");
    }

    @Test
    void aCaseWhoseProtocolIsNotValidSaysWhatWasWrittenAsACheckedFileWould() throws IOException {
        Path site = siteRules("SITE-01", true);
        Files.writeString(site.resolve("cases/SITE-01.yaml"), """
                rule: SITE-01
                cases:
                  - name: "no site"
                    protocol: {}
                    expect:
                      - {severity: minor, pointer: /protocol}
                  - name: "a passage written with an exponent"
                    protocol: {site: "Building C", expansion: {passage_at_conditioning: 1e0}}
                    expect: []
                """);
        CliTest.Run run = verify(site);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL  SITE-01  a passage written with an exponent")
                .contains("SITE-01.yaml:8:48: protocol.expansion.passage_at_conditioning: must be an integer literal")
                .contains("not 1e0 (write 1)");
    }

    @Test
    void aCaseFileIsReadStrictlySoThatATypoNeverWeakensATest() throws IOException {
        Path site = siteRules("SITE-01", true);
        Path cases = site.resolve("cases/SITE-01.yaml");
        java.util.Map<String, String> typos = java.util.Map.of(
                "mesage", "unknown key mesage (allowed here: message, pointer, severity, status)",
                "expct", "unknown key expct (allowed here: expect, name, profile, protocol, waivers)",
                "case", "unknown key case (allowed here: cases, rule)");
        Files.writeString(cases, """
                rule: SITE-01
                cases:
                  - name: "no site"
                    protocol: {}
                    expect:
                      - {severity: minor, pointer: /protocol, mesage: "anything"}
                  - name: "quiet with a site"
                    protocol: {site: "Building C"}
                    expect: []
                """);
        assertStrict(site, "SITE-01.yaml:6:47: " + typos.get("mesage"));
        Files.writeString(cases, Files.readString(cases).replace("mesage: \"anything\"", "message: \"site\"")
                .replace("    expect: []", "    expect: []\n    expct: [{severity: minor, pointer: /protocol}]"));
        assertStrict(site, "SITE-01.yaml:10:5: " + typos.get("expct"));
        Files.writeString(cases, "rule: SITE-01\ncase:\n  - {name: x, protocol: {}, expect: []}\n");
        assertStrict(site, "SITE-01.yaml:2:1: " + typos.get("case"));
        Files.writeString(cases, """
                rule: SITE-01
                cases:
                  - {name: same, protocol: {}, expect: [{severity: minor, pointer: /protocol}]}
                  - {name: same, protocol: {site: C}, expect: []}
                """);
        assertStrict(site, "SITE-01.yaml:4:6: two cases are named \"same\"");
        Files.writeString(cases, "rule: SITE-01\nrule: SITE-02\ncases: []\n");
        CliTest.Run broken = assertStrict(site, "SITE-01.yaml:2:1: duplicate key \"rule\"");
        assertThat(broken.out()).as("the failure is the rule's, not a made-up criterion").contains("FAIL  SITE-01  (file)")
                .doesNotContain("?");
    }

    private CliTest.Run verify(Path site) {
        return CliTest.run("verify", "--site-rules", site.toString(), "--output-dir", temp.resolve("v").toString());
    }

    private CliTest.Run assertStrict(Path site, String problem) {
        CliTest.Run run = verify(site);
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains(problem);
        return run;
    }

    @Test
    void aCaseCanExpectAFindingToBeWaivedOrOpen() throws IOException {
        Path site = siteRules("SITE-01", true);
        Files.writeString(site.resolve("cases/SITE-01.yaml"), """
                rule: SITE-01
                cases:
                  - name: "waived"
                    protocol: {}
                    waivers:
                      - {rule: SITE-01, justification: "site named in the batch record", approved_by: QA,
                         approved_on: 2025-01-01, expires_on: 2026-01-01}
                    expect:
                      - {severity: minor, pointer: /protocol, status: waived}
                  - name: "waiver expired: open again"
                    protocol: {}
                    waivers:
                      - {rule: SITE-01, justification: "site named in the batch record", approved_by: QA,
                         approved_on: 2024-01-01, expires_on: 2025-01-01}
                    expect:
                      - {severity: minor, pointer: /protocol, status: waived}
                  - name: "quiet with a site"
                    protocol: {site: "Building C"}
                    expect: []
                """);
        CliTest.Run run = verify(site);
        assertThat(run.out()).contains("PASS  SITE-01  waived").contains("FAIL  SITE-01  waiver expired: open again")
                .contains("expected SITE-01 minor /protocol (waived); got SITE-01 minor /protocol (open)");
    }

    @Test
    void siteRulesThatAddNoRuleOrAreNotNamedDotDrlAreRefused() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Files.writeString(empty.resolve("site.drl"), "// nothing yet\n");
        CliTest.Run none = CliTest.run("verify", "--site-rules", empty.toString(), "--output-dir", temp.resolve("v").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains(empty + ": the site rules define no rule");
        Path site = siteRules("SITE-01", true);
        Files.move(site.resolve("site.drl"), site.resolve("site.DRL"));
        CliTest.Run upper = CliTest.run("rules", "--site-rules", site.toString());
        assertThat(upper.code()).isEqualTo(2);
        assertThat(upper.err()).contains("site.DRL: rule files are read only when their name ends in .drl (lower case)");
    }

    @Test
    void aSiteDirectoryInsideTheRulesOrACopyOfThemIsSaidOnceNotAsEveryRuleTwice() throws IOException {
        Path rules = temp.resolve("own-rules");
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.createDirectories(rules.resolve(Path.of("rules").relativize(file)).getParent());
                Files.copy(file, rules.resolve(Path.of("rules").relativize(file)));
            }
        }
        Path inside = Files.createDirectories(rules.resolve("site"));
        Files.copy(siteRules("SITE-01", false).resolve("site.drl"), inside.resolve("site.drl"));
        CliTest.Run nested = CliTest.run("rules", "--rules", rules.toString(), "--site-rules", inside.toString());
        assertThat(nested.code()).isEqualTo(2);
        assertThat(nested.err()).isEqualTo("secretome-check: the rules cannot be used:\n  " + inside + ": a site directory must lie"
                + " outside the rules directory " + rules + " (it is, holds or lies inside it), whose files are read as rules"
                + " already\n");
        CliTest.Run copy = CliTest.run("rules", "--site-rules", rules.toString());
        assertThat(copy.code()).isEqualTo(2);
        assertThat(copy.err()).contains(rules.resolve("chr/chr.drl") + ": the same text as rules/chr/chr.drl; a site directory"
                + " adds rules of its own (is --site-rules naming a copy of the rules directory?)")
                .doesNotContain("Duplicate rule name");
    }

    @Test
    void aHiddenRuleFileIsRefusedRatherThanDigestedButNotCompiled() throws IOException {
        Path site = siteRules("SITE-01", true);
        Files.copy(site.resolve("site.drl"), site.resolve(".other.drl"));
        Files.createDirectories(site.resolve(".git"));
        Files.copy(site.resolve("site.drl"), site.resolve(".git/kept.drl"));
        CliTest.Run run = CliTest.run("rules", "--site-rules", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(site.resolve(".other.drl") + ": a hidden rule file (its name, or a directory above it,"
                + " starts with a dot), which Drools would not compile").contains(site.resolve(".git/kept.drl") + ": a hidden");
    }

    @Test
    void aCriterionWithoutAQuietCaseSaysSo() throws IOException {
        Path site = siteRules("SITE-01", true);
        Files.writeString(site.resolve("cases/SITE-01.yml"), """
                rule: SITE-01
                cases:
                  - {name: "fires", protocol: {}, expect: [{severity: minor, pointer: /protocol}]}
                """);
        Files.delete(site.resolve("cases/SITE-01.yaml"));
        CliTest.Run run = verify(site);
        assertThat(run.out()).as("a .yml case file is read too").contains("PASS  SITE-01  fires")
                .contains("FAIL  SITE-01  CASES MISSING (no quiet case)");
    }

    /** A literal of the wrong kind is placed in the rule's conditions, not in a comment or annotation that quotes it. */
    @Test
    void aLiteralOfTheWrongKindIsPlacedInTheConditionsNotInACommentThatQuotesIt() throws IOException {
        Path site = siteRules("SITE-01", false);
        Path drl = site.resolve("site.drl");
        Files.writeString(drl, Files.readString(drl).replace("@when(\"protocol.site is absent\")",
                "@when(\"Product( type != 5 ) is the idea\")").replace("    Protocol( site == null )",
                "    /* Product( type != 5 ) */ Protocol( site == null ) // Product( type != 5 )\n    Product( type != 5 )"));
        java.util.List<String> lines = Files.readAllLines(drl);
        int line = lines.indexOf("    Product( type != 5 )");
        assertThat(line).isPositive();
        CliTest.Run run = CliTest.run("rules", "--site-rules", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(drl + ":" + (line + 1) + ":14: rule \"SITE-01 check 1: no site name\": type != 5 compares"
                + " a text with the number 5");
    }

    /**
     * Values outside a closed list are found in every comparison of a condition (|| chains, in
     * lists, dotted paths, single quotes), each placed at its own text; correct conditions, text
     * fields, substrings of a text and bound variables are left alone.
     */
    @Test
    void aValueOutsideAClosedListIsFoundWhereverTheConditionComparesIt() throws IOException {
        Path site = siteRules("SITE-01", false);
        Path drl = site.resolve("site.drl");
        String conditions = String.join("\n",
                "    Protocol( site == null )",
                "    Expansion( passageAtConditioning <= 5 )",
                "    CellSource( species == \"human\" || species == \"humans\", tissue contains \"bone\" )",
                "    CultureFormat( type in (5, \"2d_flask\") )",
                "    Conditioning( medium.supplement == 'hpll', medium.basal == \"alpha_mem\" )",
                "    Conditioning( medium.supplement == 'hpll' )",
                "    $s : CellSource( tissueSite == \"iliac crest\" )",
                "    CellSource( tissue == $s.tissue, isolationMethod in (\"explant\", \"enzymatic_digestion\") )");
        Files.writeString(drl, Files.readString(drl).replace("    Protocol( site == null )", conditions));
        List<String> lines = Files.readAllLines(drl);
        CliTest.Run run = CliTest.run("rules", "--site-rules", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().filter(line -> line.startsWith("  ")).toList()).containsExactly(
                "  " + drl + ":" + lineOf(lines, "humans") + ":39: rule \"SITE-01 check 1: no site name\": species == \"humans\""
                        + " compares the field with a value outside its list, which no checked protocol holds (did you mean"
                        + " \"human\"?); the list: human, mouse, rat, pig, horse, dog, other",
                "  " + drl + ":" + lineOf(lines, "type in") + ":29: rule \"SITE-01 check 1: no site name\": type == 5 compares"
                        + " a text with the number 5, which MVEL compares as text: write the text the field holds, quoted",
                "  " + drl + ":" + lineOf(lines, "hpll") + ":19: rule \"SITE-01 check 1: no site name\": medium.supplement =="
                        + " \"hpll\" compares the field with a value outside its list, which no checked protocol holds (did you"
                        + " mean \"hpl\"?); the list: none, fbs, hpl, human_serum, defined_serum_free_supplement",
                "  " + drl + ":" + (lineOf(lines, "hpll") + 1) + ":19: rule \"SITE-01 check 1: no site name\": medium.supplement"
                        + " == \"hpll\" compares the field with a value outside its list, which no checked protocol holds (did"
                        + " you mean \"hpl\"?); the list: none, fbs, hpl, human_serum, defined_serum_free_supplement");
    }

    /** A literal Drools rewrote is placed at its own text: not at the same text on an earlier line, nor twice at one place. */
    @Test
    void aRewrittenComparisonIsPlacedAtItsOwnLiteral() throws IOException {
        Path site = siteRules("SITE-01", false);
        Path drl = site.resolve("site.drl");
        Files.writeString(drl, Files.readString(drl).replace("    Protocol( site == null )", String.join("\n",
                "    Protocol( site == null )",
                "    CellSource( tissueSite != \"adipos\" )",
                "    CellSource( tissue in (\"bone_marrow\", \"adipos\", \"adipos\") )",
                "    CellSource( \"bone_marow\" == tissue )")));
        List<String> lines = Files.readAllLines(drl);
        CliTest.Run run = CliTest.run("rules", "--site-rules", site.toString());
        assertThat(run.code()).isEqualTo(2);
        int in = lineOf(lines, "tissue in");
        assertThat(run.err().lines().filter(line -> line.startsWith("  ")).map(line -> line.substring(2, line.indexOf(": rule")))
                .toList()).containsExactly(drl + ":" + in + ":43", drl + ":" + in + ":53",
                        drl + ":" + lineOf(lines, "== tissue") + ":17");
    }

    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }

    /** Errors in a site DRL name the line and column of the fault, not only the file or the rule. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "unknown field | Protocol( site == null ) | Protocol( site == null, nosuch > 1 ) | nosuch > 1"
                + " | cannot read the condition nosuch > 1: unable to resolve method",
        "consequence | findings.report(kcontext); | findings.reportt(kcontext); int x = \"a\"; | findings.reportt"
                + " | the consequence does not compile: The method reportt(RuleContext) is undefined for the type"
                + " FindingSink",
        "incompatible types (Drools gives no line) | Protocol( site == null ) | Conditioning( durationH == true )"
                + " | durationH == true | cannot read the condition durationH == true: Comparison operation requires"
                + " compatible types",
        "text field compared with a number | Protocol( site == null ) | Product( type!=5 ) | type!=5"
                + " | rule \"SITE-01 check 1: no site name\": type != 5 compares a text with the number 5, which MVEL"
                + " compares as text",
        "whole-number field compared with a decimal text | Protocol( site == null )"
                + " | Expansion( passageAtConditioning > \"5.5\" ) | passageAtConditioning"
                + " | compares a number with the text \"5.5\", which is no whole number the field can hold",
        "true/false field compared with a text | Protocol( site == null ) | Hypoxia( applied == \"yes\" ) | applied"
                + " | compares a true/false field with the text \"yes\", which MVEL reads as false",
        "closed-list field compared with a value outside its list | Protocol( site == null )"
                + " | CellSource( tissue == \"bone_marow\" ) | tissue | tissue == \"bone_marow\" compares the field with a value"
                + " outside its list, which no checked protocol holds (did you mean \"bone_marrow\"?); the list: bone_marrow, adipose,",
        "value outside a closed list in an in (...) | Protocol( site == null )"
                + " | CultureFormat( type in (\"2d_flask\", \"Spheroid_static\") ) | \"Spheroid_static\""
                + " | type == \"Spheroid_static\" compares the field with a value outside its list, which no checked protocol"
                + " holds (did you mean \"spheroid_static\"?)",
        "list of a closed list that contains a value outside it | Protocol( site == null )"
                + " | Isolation( methods contains \"tff\", methods not contains \"ultracentrifugation\" )"
                + " | \"ultracentrifugation\" | contains \"ultracentrifugation\" compares the field with a value outside its list,"
                + " which no checked protocol holds; the list: none, uf_centrifugal, tff, uc, sec,",

        "bad severity | @severity(\"minor\") | @severity(\"high\") | @severity | has severity \"high\"",
        "annotation twice | @check(\"1\") | @check(\"1\") @id(\"SITE-01\") | @id(\"SITE-01\") @severity"
                + " | Duplicated annotation: id",
    })
    void drlErrorsNameLineAndColumn(String name, String original, String broken, String at, String message) throws IOException {
        Path site = siteRules("SITE-01", false);
        Path drl = site.resolve("site.drl");
        Files.writeString(drl, Files.readString(drl).replace(original, broken));
        CliTest.Run run = CliTest.run("rules", "--site-rules", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(placeOf(drl, at) + ": ").contains(message);
    }

    /** {@code file:line:column} of the first place {@code drl} holds {@code text}. */
    private static String placeOf(Path drl, String text) throws IOException {
        java.util.List<String> lines = Files.readAllLines(drl);
        int line = 0;
        while (!lines.get(line).contains(text)) {
            line++;
        }
        return drl + ":" + (line + 1) + ":" + (lines.get(line).indexOf(text) + 1);
    }

    /** The errors {@code rules --site-rules site} lists, which must stop it with exit code 2. */
    private static java.util.List<String> ruleErrors(Path site) {
        CliTest.Run run = CliTest.run("rules", "--site-rules", site.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        return run.err().lines().filter(error -> error.startsWith("  ")).toList();
    }

    /**
     * A DRL function that does not compile is reported at each of its errors, at the name the error
     * is about, whatever the layout of its braces; Drools' echoes of it (its import, and every rule
     * that calls it) are left out.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "brace on the declaration's line | {",
        "brace on a line of its own, then a blank line | \\n{\\n",
        "code after the brace | { int unused = 0;",
        "a comment after the brace | { // the site's name",
        "brace on a line of its own, then a comment and a block comment | \\n{\\n    // the site's name\\n    /* shown\\n       as is */\\n",
    })
    void aFunctionThatDoesNotCompileIsPlacedAtItsErrors(String name, String brace) throws IOException {
        Path site = siteRuleEdited(text -> text
                .replace("rule \"SITE-01", "function String siteName(Protocol p) " + brace.replace("\\n", "\n") + "\n"
                        + "    String shown = p.getSite();\n"
                        + "    return shwon.strip() + Foo.bar();\n"
                        + "}\n"
                        + "rule \"SITE-01")
                .replace("findings.report(kcontext);", "findings.report(kcontext); siteName(null);"));
        Path drl = site.resolve("site.drl");
        java.util.List<String> lines = Files.readAllLines(drl);
        int line = lines.indexOf("    return shwon.strip() + Foo.bar();") + 1;
        assertThat(ruleErrors(site)).containsExactly(
                "  " + drl + ":" + line + ":12: function siteName does not compile: shwon cannot be resolved",
                "  " + drl + ":" + line + ":28: function siteName does not compile: Foo cannot be resolved");
    }

    /**
     * A global whose class is not found is the one error: not every consequence that uses it, in
     * the site's files and the bundled ones (about 300 lines, in an order that changed from run to run).
     */
    @Test
    void aGlobalWhoseClassIsNotFoundIsTheOneError() throws IOException {
        Path site = siteRuleEdited(text -> text.replace("rules.FindingSink findings", "rules.FindingSnk findings"));
        Path drl = site.resolve("site.drl");
        int line = Files.readAllLines(drl).indexOf("global org.secretomecheck.rules.FindingSnk findings") + 1;
        assertThat(line).isPositive();
        assertThat(ruleErrors(site)).containsExactly(
                "  " + drl + ":" + line + ":1: Unable to find class 'org.secretomecheck.rules.FindingSnk'");
    }

    /** An import that does not resolve is placed at the import, not blamed on a function that compiles only without it. */
    @Test
    void anImportThatDoesNotResolveIsPlacedAtTheImportBesideABrokenFunction() throws IOException {
        Path site = siteRuleEdited(text -> text
                .replace("global org", "import function com.acme.Missing.helper\nglobal org")
                .replace("rule \"SITE-01", "function String siteName(Protocol p) {\n    return shwon.strip();\n}\nrule \"SITE-01")
                .replace("findings.report(kcontext);", "findings.report(kcontext); siteName(null);"));
        Path drl = site.resolve("site.drl");
        java.util.List<String> lines = Files.readAllLines(drl);
        int importLine = lines.indexOf("import function com.acme.Missing.helper") + 1;
        int functionLine = lines.indexOf("    return shwon.strip();") + 1;
        assertThat(ruleErrors(site)).containsExactly(
                "  " + drl + ":" + importLine + ":17: Error importing : 'com.acme.Missing.helper'",
                "  " + drl + ":" + functionLine + ":12: function siteName does not compile: shwon cannot be resolved");
    }

    /**
     * What a review found placed wrongly or left out: a rule's own error when a function of the
     * same name is broken in another package, an import named by another import's prefix, a
     * function with a commented-out copy above it, and Drools' own error for a generic parameter.
     */
    @Test
    void drlErrorsAreNeitherLeftOutNorPlacedByAnotherSimilarText() throws IOException {
        Path site = siteRuleEdited(text -> text
                .replace("global org", "import org.secretomecheck.protocol.Flow\nimport org.secretomecheck.protocol.Flo\nglobal org")
                .replace("rule \"SITE-01", "/* function boolean helper(Flow f)\n{ return true; } */\n"
                        + "function boolean helper(Flow f) {\n    return f.getMethd() == null;\n}\n"
                        + "function boolean generic(java.util.List<String> items) {\n    return true;\n}\nrule \"SITE-01"));
        Path a = site.resolve("site.drl");
        Path b = Files.writeString(site.resolve("other.drl"), """
                package other
                import org.secretomecheck.protocol.*
                global org.secretomecheck.rules.FindingSink findings
                rule "SITE-02 check 1: flow"
                    @id("SITE-02") @check("1") @severity("minor") @target("site") @when("protocol.site is absent")
                    @message("No site.") @title("Site") @appliesTo("all products; both stages")
                    @rationale("r") @sources("s")
                when
                    $f : Flow( )
                then
                    findings.report(kcontext); helper($f);
                end
                """);
        java.util.List<String> lines = Files.readAllLines(a);
        assertThat(ruleErrors(site)).contains(
                "  " + a + ":" + (lines.indexOf("import org.secretomecheck.protocol.Flo") + 1) + ":8: Error importing : 'org.secretomecheck.protocol.Flo'",
                "  " + a + ":" + (lines.indexOf("    return f.getMethd() == null;") + 1) + ":14: function helper does not compile:"
                        + " The method getMethd() is undefined for the type Flow",
                "  " + a + ":" + (lines.indexOf("function boolean generic(java.util.List<String> items) {") + 1)
                        + ":26: function generic does not compile: unable to resolve the type java.util.List<String>; a DRL"
                        + " function's signature names its types without type arguments (List, not List<String>)")
                .anyMatch(error -> error.startsWith("  " + b + ":11:5: the consequence does not compile: The method helper(Flow)"
                        + " is undefined"));
    }

    /** A condition that calls a broken function is not listed as well: the function's error is the fault. */
    @Test
    void aConditionCallingABrokenFunctionIsNotListedAsWell() throws IOException {
        for (String condition : List.of("    Protocol( unnamed(site) )", "    Protocol( $s : site != null, unnamed($s) == true )")) {
            Path site = siteRuleEdited(text -> text
                    .replace("rule \"SITE-01", "function boolean unnamed(String s) {\n    return s == nope;\n}\nrule \"SITE-01")
                    .replace("    Protocol( site == null )", condition));
            Path drl = site.resolve("site.drl");
            int line = Files.readAllLines(drl).indexOf("    return s == nope;") + 1;
            assertThat(ruleErrors(site)).as(condition).containsExactly(
                    "  " + drl + ":" + line + ":17: function unnamed does not compile: nope cannot be resolved to a variable");
        }
    }

    /** A sound function is not blamed for a broken one beside it, and a parameter's type is named once, at its place. */
    @Test
    void aSoundFunctionIsNotBlamedForABrokenOne() throws IOException {
        Path site = siteRuleEdited(text -> text
                .replace("rule \"SITE-01", "function boolean f(Strng x) {\n    return x != null;\n}\n"
                        + "function boolean g(int x) { return x > 0; }\nrule \"SITE-01")
                .replace("    Protocol( site == null )", "    Protocol( site == null )\n    eval( g(1) )"));
        Path drl = site.resolve("site.drl");
        int line = Files.readAllLines(drl).indexOf("function boolean f(Strng x) {") + 1;
        assertThat(ruleErrors(site)).containsExactly(
                "  " + drl + ":" + line + ":20: function f does not compile: Strng cannot be resolved to a type");
    }

    /**
     * Attributes that could keep a rule from running (its criterion then counted as met unchecked)
     * or tie the judgment to the computer's clock are refused when the rules load, at the rule.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "enabled false | enabled false | 'enabled', so it may not run",
        "enabled expression | enabled (1 > 2) | 'enabled', so it may not run",
        "date-effective | date-effective \"01-Jan-2000\" | 'date-effective' or 'date-expires', which follow the computer's clock",
        "date-expires | date-expires \"01-Jan-2999\" | 'date-effective' or 'date-expires'",
        "timer | timer (int: 1s) | a timer or calendars",
        "calendars | calendars \"weekdays\" | a timer or calendars",
        "activation-group | activation-group \"one\" | 'activation-group', so only one rule of the group would fire",
        "agenda-group | agenda-group \"later\" | the agenda or ruleflow group \"later\", which never gets the focus",
        "ruleflow-group | ruleflow-group \"flow\" | the agenda or ruleflow group \"flow\"",
    })
    void attributesThatCouldKeepARuleFromRunningAreRefusedAtTheRule(String name, String attribute, String message)
            throws IOException {
        Path site = siteRules("SITE-01", true);
        Path drl = site.resolve("site.drl");
        Files.writeString(drl, Files.readString(drl).replace("when\n", "    " + attribute + "\nwhen\n"));
        CliTest.Run run = CliTest.run("check", "--site-rules", site.toString(), "--as-of", "2025-06-01",
                "protocols/examples/cm-ucmsc-minimal-design.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(drl + ":5:1: rule \"SITE-01 check 1: no site name\" uses " + message);
    }

    @Test
    void salienceNoLoopAndTheAfterWaiversGroupAreAllowed() throws IOException {
        Path site = siteRules("SITE-01", true);
        Path drl = site.resolve("site.drl");
        Files.writeString(drl, Files.readString(drl).replace("when\n", "    salience 10 no-loop true lock-on-active false auto-focus true\nwhen\n"));
        CliTest.Run run = verify(site);
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void aSiteDirectoryLaidOutLikeTheBundledRulesIsItsOwnAndALinkToOneIsFollowed() throws IOException {
        Path site = siteRules("SITE-01", true);
        Path nested = Files.createDirectories(temp.resolve("nested/chr"));
        Files.move(site.resolve("site.drl"), nested.resolve("chr.drl")); // the bundled rules have chr/chr.drl too
        CliTest.Run listed = CliTest.run("rules", "--site-rules", nested.getParent().toString());
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("SITE-01");
        Files.writeString(nested.resolve("chr.drl"), Files.readString(nested.resolve("chr.drl"))
                .replace("then\n", "then // report it\n").replace("findings.report(", "findings.reportt("));
        CliTest.Run broken = CliTest.run("rules", "--site-rules", nested.getParent().toString());
        assertThat(broken.err()).as("the site file, at the consequence's line").contains(nested.resolve("chr.drl") + ":13:5: ")
                .doesNotContain("rules/chr/chr.drl");
        Path deeper = Files.createDirectories(temp.resolve("deeper/rules/chr")); // site1/rules/chr/chr.drl, not rules/chr/chr.drl
        Files.writeString(deeper.resolve("chr.drl"), Files.readString(nested.resolve("chr.drl")).replace("reportt", "report"));
        CliTest.Run deep = CliTest.run("rules", "--site-rules", temp.resolve("deeper").toString());
        assertThat(deep.code()).as(deep.err()).isZero();
        assertThat(deep.out()).contains("SITE-01");
        Path rulesCopy = org.secretomecheck.TestFiles.copyOfRules(temp.resolve("copy"));
        Path inCopy = Files.createDirectories(rulesCopy.resolve("site1/chr")); // as the first site directory's module path
        Files.writeString(inCopy.resolve("chr.drl"), Files.readString(deeper.resolve("chr.drl")).replace("SITE-01", "SITE-09"));
        CliTest.Run both = CliTest.run("rules", "--rules", rulesCopy.toString(), "--site-rules", temp.resolve("deeper").toString());
        assertThat(both.code()).as(both.err()).isZero();
        assertThat(both.out()).contains("SITE-01").contains("SITE-09");
        Files.createSymbolicLink(site.resolve("linked-dir.drl"), temp.resolve("deeper"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), site);
        Files.writeString(site.resolve("site.drl"), Files.readString(nested.resolve("chr.drl")).replace("reportt", "report"));
        CliTest.Run throughLink = CliTest.run("rules", "--site-rules", link.toString());
        assertThat(throughLink.code()).as(throughLink.err()).isZero();
        assertThat(throughLink.out()).contains("SITE-01");
    }

    /**
     * Each error of the Java compiler in a consequence is placed at its own line (Drools reports
     * them all at the rule), wherever the code starts: on the line of "then", or after a blank line
     * and a comment; a rule with an eval as well.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"then\n    int ok = 1;\n    int x = \"s\";\n    ok = 2;\n    boolean b = 3;\n",
        "then int ok = 1; int x = \"s\";\n    boolean b = 3;\n", "then\n\n    // the site's own\n    int x = \"s\";\n\n    boolean b = 3;\n"})
    void consequenceErrorsArePlacedAtTheirLines(String consequence) throws IOException {
        Path site = siteRuleEdited(text -> text.replace("    Protocol( site == null )\nthen\n",
                "    $p : Protocol( site == null )\n    eval( $p.getId() != null )\n" + consequence));
        java.util.List<String> lines = Files.readAllLines(site.resolve("site.drl"));
        java.util.function.Function<String, String> at = code -> {
            int line = 0;
            while (!lines.get(line).contains(code)) {
                line++;
            }
            String text = lines.get(line);
            int column = text.startsWith("then ") ? 6 : text.length() - text.stripLeading().length() + 1;
            return "  " + site.resolve("site.drl") + ":" + (line + 1) + ":" + column + ": the consequence does not compile: ";
        };
        assertThat(ruleErrors(site)).containsExactly(at.apply("int x = ") + "Type mismatch: cannot convert from String to int",
                at.apply("boolean b = 3;") + "Type mismatch: cannot convert from int to boolean");
    }

    /**
     * A rule without its end or then is named, with what it lacks, instead of Drools' errors lines
     * away (a token of the next rule, the end of the file, or the next rule's text taken for Java).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "no end, another rule after | has no end before the rule on line {rule 2}",
        "no end, at the end of the file | has no end before the end of the file",
        "end misspelt | has no end before the end of the file",
        "no end, a declare after | has no end before the declare on line {declare}",
        "no then | has no then before its end on line {end}",
    })
    void aRuleWithoutItsEndOrThenIsNamed(String name, String fault) throws IOException {
        String next = """
                rule "SITE-01 check 2: two"
                    @id("SITE-01") @check("2") @severity("minor") @target("site") @when("w") @message("m")
                when
                    Protocol( )
                then
                    findings.report(kcontext);
                end
                """;
        Path site = siteRuleEdited(text -> switch (name) {
            case "no end, another rule after" -> text.replace("\nend\n", "\n\n") + next;
            case "no end, at the end of the file" -> text.replace("\nend\n", "\n");
            case "end misspelt" -> text.replace("\nend\n", "\nned\n");
            case "no end, a declare after" -> text.replace("\nend\n", "\n\n") + "declare Note\n    text : String\nend\n";
            default -> text.replace("then\n", "");
        });
        Path drl = site.resolve("site.drl");
        java.util.List<String> lines = Files.readAllLines(drl);
        String expected = fault.replace("{rule 2}", Integer.toString(lines.indexOf("rule \"SITE-01 check 2: two\"") + 1))
                .replace("{declare}", Integer.toString(lines.indexOf("declare Note") + 1))
                .replace("{end}", Integer.toString(lines.indexOf("end") + 1));
        int line = lines.indexOf("rule \"SITE-01 check 1: no site name\"") + 1;
        assertThat(ruleErrors(site)).as("Drools' parser errors, and the Java compiler's on the next block taken for code, are left out")
                .containsExactly("  " + drl + ":" + line + ":1: rule \"SITE-01 check 1: no site name\" " + expected);
    }

    /** A DRL function defined again in the bundled rules' package is named at the site's definition, with the first. */
    @Test
    void aFunctionDefinedTwiceInOnePackageIsNamedAtItsSecondDefinition() throws IOException {
        Path site = siteRuleEdited(text -> text.replace("package site", "package org.secretomecheck.criteria\nimport java.math.BigDecimal")
                .replace("rule \"SITE-01", "function BigDecimal expCpdLimit(BigDecimal max, BigDecimal own) {\n"
                        + "    return max;\n}\nrule \"SITE-01"));
        Path drl = site.resolve("site.drl");
        int line = Files.readAllLines(drl).indexOf("function BigDecimal expCpdLimit(BigDecimal max, BigDecimal own) {") + 1;
        int bundled = Files.readAllLines(Path.of("rules/exp/exp.drl")).stream().map(String::strip).toList()
                .indexOf("function BigDecimal expCpdLimit(BigDecimal max, BigDecimal own) {") + 1;
        assertThat(bundled).isPositive();
        assertThat(ruleErrors(site)).containsExactly("  " + drl + ":" + line + ":21: function expCpdLimit is defined again in"
                + " package org.secretomecheck.criteria (first at rules/exp/exp.drl:" + bundled + ":21); give it another name");
    }

    /**
     * An eval is compiled into the rule's class with the consequence: its error is placed at the
     * eval and called so, beside a consequence's error at its own line.
     */
    @Test
    void anEvalThatDoesNotCompileIsPlacedAtTheEval() throws IOException {
        Path site = siteRuleEdited(text -> text.replace("    Protocol( site == null )\n",
                "    $p : Protocol( site == null )\n    eval( $p.getId() > 5 )\n").replace("    findings.report(kcontext);\n",
                "    findings.report(kcontext);\n    int x = noSuch(1);\n"));
        java.util.List<String> lines = Files.readAllLines(site.resolve("site.drl"));
        assertThat(ruleErrors(site)).containsExactly(
                "  " + site.resolve("site.drl") + ":" + (lines.indexOf("    eval( $p.getId() > 5 )") + 1)
                        + ":5: the eval does not compile: The operator > is undefined for the argument type(s) String, int",
                "  " + site.resolve("site.drl") + ":" + (lines.indexOf("    int x = noSuch(1);") + 1)
                        + ":5: the consequence does not compile: The method noSuch(int) is undefined in this rule");
    }

    /** A condition's error is placed at the constraint, on whichever line of the pattern it is; an unknown fact type at its name. */
    @Test
    void conditionErrorsArePlacedAtTheConstraintOrTypeNamed() throws IOException {
        Path site = siteRuleEdited(text -> text.replace("    Protocol( site == null )",
                "    Protocol(\n        id != null,\n        sit == null )"));
        Path drl = site.resolve("site.drl");
        int line = Files.readAllLines(drl).indexOf("        sit == null )") + 1;
        assertThat(ruleErrors(site)).containsExactly("  " + drl + ":" + line + ":9: cannot read the condition sit == null:"
                + " unable to resolve method using strict-mode: org.secretomecheck.protocol.Protocol.sit(); did you mean site?");
        site = siteRuleEdited(text -> text.replace("    Protocol( site == null )", "    $p : Protocl( site == null )"));
        line = Files.readAllLines(drl).indexOf("    $p : Protocl( site == null )") + 1;
        assertThat(ruleErrors(site)).containsExactly("  " + drl + ":" + line + ":10: Unable to resolve ObjectType 'Protocl'; did you mean Protocol?");
        site = siteRuleEdited(text -> text.replace("    Protocol( site == null )", "    ExpansionSuplement( type == \"fbs\" )"));
        assertThat(ruleErrors(site)).singleElement().asString().as("a list item's type, found through the model")
                .endsWith("Unable to resolve ObjectType 'ExpansionSuplement'; did you mean ExpansionSupplement?");
    }

    /** A threshold a message shows is one the rule reads, and @thresholds must list it: explain and the reports show that list. */
    @Test
    void aThresholdShownInAMessageMustBeListedInThresholds() throws IOException {
        Path site = siteRuleEdited(text -> text.replace("@message(\"The manufacturing site (site) is not named.\")",
                "@message(\"The site is not named (passage limit {profile.expansion.max_passage}).\")"));
        Path drl = site.resolve("site.drl");
        assertThat(ruleErrors(site)).containsExactly("  " + placeOf(drl, "@message")
                + ": rule \"SITE-01 check 1: no site name\" shows {profile.expansion.max_passage} in @message, which rule SITE-01's"
                + " @thresholds does not list; list every threshold the rule reads there, for explain and the reports");
        Path listed = siteRuleEdited(text -> text.replace("@message(\"The manufacturing site (site) is not named.\")",
                "@message(\"The site is not named (passage limit {profile.expansion.max_passage}).\")")
                .replace("@sources(\"ACME QA manual 4.2\")", "@sources(\"ACME QA manual 4.2\") @thresholds(\"profile.expansion\")"));
        assertThat(CliTest.run("rules", "--site-rules", listed.toString()).code()).as("a listed section covers its keys").isZero();
    }

    /** A misspelt metadata name (@scopes for @scope) would be dropped, and the rule applied to every protocol. */
    @Test
    void metadataTheToolDoesNotReadIsRefusedWithTheNameMeant() throws IOException {
        Path site = siteRuleEdited(text -> text.replace("@sources(\"ACME QA manual 4.2\")",
                "@sources(\"ACME QA manual 4.2\") @scopes(\"ev\") @owner(\"QA\")"));
        Path drl = site.resolve("site.drl");
        String known = "; a rule's metadata are @id, @check, @severity, @target, @message, @when, @title, @appliesTo, @rationale,"
                + " @sources, @thresholds, @scope";
        assertThat(ruleErrors(site)).as("in the order written").containsExactly(
                "  " + placeOf(drl, "@scopes") + ": rule \"SITE-01 check 1: no site"
                        + " name\" has @scopes, which is no metadata the tool reads (did you mean @scope?)" + known,
                "  " + placeOf(drl, "@owner") + ": rule \"SITE-01 check 1: no site"
                        + " name\" has @owner, which is no metadata the tool reads" + known);
    }

    @Test
    void metadataWrittenAfterWhenIsLocatedToo() throws IOException {
        Path site = siteRules("SITE-01", false);
        Path drl = site.resolve("site.drl");
        Files.writeString(drl, Files.readString(drl).replace("@severity(\"minor\") @target(\"site\") @when(\"protocol.site is absent\")",
                "@when(\"protocol.site is absent\")\n    @severity(\"minor\") @target(\"nosuch.field\")"));
        CliTest.Run run = CliTest.run("rules", "--site-rules", site.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(drl + ":7:24: rule \"SITE-01 check 1: no site name\" has @target(\"nosuch.field\")");
    }

    @Test
    void linksInsideASiteDirectoryAreNotFollowedByAnyCommandAndALoopIsHarmless() throws IOException {
        Path site = siteRules("SITE-01", true);
        Path other = Files.createDirectories(temp.resolve("other/cases"));
        Files.writeString(other.resolve("SITE-02.yaml"), "rule: SITE-02\ncases:\n  - {name: x, protocol: {}, expect: []}\n");
        Files.createSymbolicLink(site.resolve("more"), other.getParent());
        Files.createSymbolicLink(site.resolve("loop"), site);
        CliTest.Run run = verify(site);
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).doesNotContain("SITE-02").contains("all verified");
    }
}
