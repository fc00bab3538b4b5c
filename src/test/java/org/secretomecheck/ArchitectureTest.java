package org.secretomecheck;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** Keeps the package order of {@code docs/architecture.md}: each package uses only those below it. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("org.secretomecheck");

    private static void mayUseOnly(String layer, String... allowed) {
        String[] others = java.util.Arrays.stream(new String[] {
                    "finding", "protocol", "load", "validate", "profile", "rules", "check", "report", "reference", "change",
                    "cli"})
                .filter(p -> !p.equals(layer) && !java.util.Arrays.asList(allowed).contains(p))
                .map(p -> "org.secretomecheck." + p + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("org.secretomecheck." + layer + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .check(CLASSES);
    }

    @Test
    void packagesDependOnlyDownwards() {
        mayUseOnly("finding");
        mayUseOnly("protocol", "finding");
        mayUseOnly("load", "finding", "protocol");
        mayUseOnly("validate", "finding", "protocol");
        mayUseOnly("profile", "finding", "protocol", "load");
        mayUseOnly("rules", "finding", "protocol", "profile");
        mayUseOnly("check", "finding", "protocol", "load", "validate", "profile", "rules");
        mayUseOnly("report", "finding");
        mayUseOnly("reference", "finding", "profile", "rules", "check");
        mayUseOnly("change", "finding", "protocol", "load", "check");
        mayUseOnly("cli", "finding", "check", "report", "reference", "change", "load", "profile", "rules");
    }

    @Test
    void noCycles() {
        slices().matching("org.secretomecheck.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyMainExits() {
        noClasses().that().doNotHaveFullyQualifiedName("org.secretomecheck.cli.Main")
                .should().callMethod(System.class, "exit", int.class).check(CLASSES);
    }
}
