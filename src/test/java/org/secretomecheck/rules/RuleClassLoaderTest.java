package org.secretomecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.wiring.api.ComponentsFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.drools.wiring.dynamic.DynamicComponentsSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.ProtocolFiles;
import org.secretomecheck.finding.Finding;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.protocol.Protocol;
import org.secretomecheck.report.JsonRenderer;

/** The rules' class loader answers "no such class" cheaply, and changes nothing else. */
class RuleClassLoaderTest {

    @Test
    void theKnowledgeBaseOfTheRulesUsesIt() throws Exception {
        InternalKnowledgeBase kieBase = (InternalKnowledgeBase) RuleBook.load(Path.of("rules")).kieBase();
        assertThat(kieBase.getRootClassLoader()).isInstanceOf(RuleClassLoader.class);
    }

    @Test
    void aNameThatIsNoClassFailsWithoutAStackTrace() throws Exception {
        RuleClassLoader loader = loader();
        for (String name : List.of("org.secretomecheck.protocol.priming", "java.lang.$p", "org.secretomecheck.protocol$identity")) {
            assertThat(loader.absent(name)).as(name).isTrue();
            assertThatThrownBy(() -> Class.forName(name, true, loader))
                    .isInstanceOf(ClassNotFoundException.class)
                    .hasMessage(name)
                    .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
        }
    }

    @Test
    void classesOfTheJdkTheToolAndTheLoaderItselfAreFound() throws Exception {
        RuleClassLoader loader = loader();
        assertThat(Class.forName("java.lang.String", false, loader)).isSameAs(String.class);
        assertThat(Class.forName(Protocol.class.getName(), false, loader)).isSameAs(Protocol.class);
        assertThat(loader.loadClass("[Ljava.lang.String;")).isSameAs(String[].class);
        assertThat(loader.loadClass("[L" + Protocol.class.getName() + ";")).isSameAs(Protocol[].class);
        Class<?> proxy = java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Runnable.class}, (object, method, arguments) -> null).getClass();
        assertThat(loader.loadClass(proxy.getName())).isSameAs(proxy);
        String name = "org.secretomecheck.generated.Stored";
        assertThat(loader.absent(name)).isTrue();
        loader.storeClass(name, bytecodeOf(OpenFinding.class));
        assertThat(loader.absent(name)).as("a class stored in the loader is its own to answer for").isFalse();
        String later = "org.secretomecheck.generated.Later";
        assertThat(loader.absent(later)).isTrue();
        loader.getStore().put(later.replace('.', '/') + ".class", bytecodeOf(OpenFinding.class));
        assertThat(loader.absent(later)).as("a name once missing, then put in the store directly").isFalse();
    }

    @Test
    void reportsAreTheSameBytesAsWithDroolsOwnLoader() throws Exception {
        String withIt = report();
        try {
            ComponentsFactory.setComponentsSupplier(new DynamicComponentsSupplier());
            CompiledRules.forget();
            assertThat(((InternalKnowledgeBase) RuleBook.load(Path.of("rules")).kieBase()).getRootClassLoader())
                    .isNotInstanceOf(RuleClassLoader.class);
            assertThat(report()).isEqualTo(withIt);
        } finally {
            RuleClassLoader.install();
            CompiledRules.forget();
        }
    }

    @Test
    void siteRulesWithTypesArraysAndFunctionsOfTheirOwnCompileAndRunFromTheDiskCache(@TempDir Path temp) throws Exception {
        Path site = java.nio.file.Files.createDirectories(temp.resolve("site"));
        java.nio.file.Files.writeString(site.resolve("site.drl"), String.join("\n",
                "package org.acme.site",
                "import org.secretomecheck.protocol.*",
                "global org.secretomecheck.rules.FindingSink findings",
                "declare Marker",
                "    tags : String[]",
                "end",
                "function boolean lowO2(java.math.BigDecimal o2) {",
                "    return o2 != null && o2.compareTo(new java.math.BigDecimal(\"3\")) < 0;",
                "}",
                "rule \"SITE-00 check 1: a marker\"",
                "    @id(\"SITE-00\") @check(\"1\") @severity(\"info\") @target(\"pre_conditioning.hypoxia.o2_pct\")",
                "    @title(\"Site marker\") @when(\"pre_conditioning.hypoxia.o2_pct < 3\") @message(\"Marked.\")",
                "    @appliesTo(\"all products; both stages\") @rationale(\"Site practice.\") @sources(\"Site SOP 12 [INF]\")",
                "when",
                "    Hypoxia( lowO2(o2Pct) )",
                "then",
                "    Marker marker = new Marker();",
                "    marker.setTags(new String[] {\"a\", \"b\"});",
                "    insert(marker);",
                "end",
                "rule \"SITE-01 check 1: hypoxia below three percent\"",
                "    @id(\"SITE-01\") @check(\"1\") @severity(\"minor\") @target(\"pre_conditioning.hypoxia.o2_pct\")",
                "    @title(\"Site hypoxia floor\") @when(\"pre_conditioning.hypoxia.o2_pct < 3\")",
                "    @message(\"The O2 level {value} % is below the site's floor of 3 %.\")",
                "    @appliesTo(\"all products; both stages\") @rationale(\"Site practice.\") @sources(\"Site SOP 12 [INF]\")",
                "when",
                "    Marker( $tags : tags )", // a declaration of an array type: MVEL loads the array class
                "    Hypoxia( lowO2(o2Pct), $tags.length == 2 )",
                "then",
                "    findings.report(kcontext);",
                "end", ""));
        System.setProperty("secretome-check.cache", temp.resolve("cache").toString());
        try {
            CompiledRules.forget();
            String compiled = report(RuleBook.load(Path.of("rules"), List.of(site)));
            CompiledRules.forget();
            String cached = report(RuleBook.load(Path.of("rules"), List.of(site)));
            assertThat(compiled).contains("The O2 level 2 % is below the site's floor of 3 %.").isEqualTo(cached);
        } finally {
            System.clearProperty("secretome-check.cache");
            CompiledRules.forget();
        }
    }

    @Test
    void aClassMadeAtRunTimeInAnotherPackageIsFound(@TempDir Path temp) throws Exception {
        // a proxy of a package-private interface is named in that package and has no class file
        Path classes = compile(temp, "org/acme/Hidden.java", "package org.acme; interface Hidden {}");
        try (java.net.URLClassLoader parent = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> proxy = java.lang.reflect.Proxy.newProxyInstance(parent,
                    new Class<?>[] {parent.loadClass("org.acme.Hidden")}, (object, method, arguments) -> null).getClass();
            assertThat(proxy.getName()).startsWith("org.acme.");
            RuleClassLoader loader = (RuleClassLoader) ProjectClassLoader.createProjectClassLoader(parent);
            assertThat(loader.absent(proxy.getName())).isFalse();
            assertThat(loader.loadClass(proxy.getName())).isSameAs(proxy);
            assertThat(loader.absent("org.acme.Nothing")).isTrue();
        }
    }

    @Test
    void aRuleMayUseAClassOnTheBootClassPath(@TempDir Path temp) throws Exception {
        // -Xbootclasspath/a, or an agent: its instrumented classes call its classes there (Jazzer does)
        Path boot = compile(temp, "bootonly/Marker.java", String.join("\n",
                "package bootonly;",
                "public class Marker {",
                "    public static boolean above(java.math.BigDecimal value, int limit) {",
                "        return value != null && value.compareTo(java.math.BigDecimal.valueOf(limit)) > 0;",
                "    }",
                "}"));
        Path site = java.nio.file.Files.createDirectories(temp.resolve("site"));
        java.nio.file.Files.writeString(site.resolve("site.drl"), String.join("\n",
                "package org.acme.site",
                "import org.secretomecheck.protocol.*",
                "import bootonly.Marker",
                "global org.secretomecheck.rules.FindingSink findings",
                "rule \"SITE-02 check 1: above five percent\"",
                "    @id(\"SITE-02\") @check(\"1\") @severity(\"info\") @target(\"pre_conditioning.hypoxia.o2_pct\")",
                "    @title(\"Site marker\") @when(\"pre_conditioning.hypoxia.o2_pct > 5\") @message(\"Marked.\")",
                "    @appliesTo(\"all products; both stages\") @rationale(\"Site practice.\") @sources(\"Site SOP 12 [INF]\")",
                "when",
                "    Hypoxia( Marker.above(o2Pct, 5) )",
                "then",
                "    findings.report(kcontext);",
                "end", ""));
        Process probe = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xbootclasspath/a:" + boot, "-Dsecretome-check.cache=" + temp.resolve("cache"),
                "-cp", System.getProperty("java.class.path"), BootProbe.class.getName(), "bootonly.Marker", site.toString())
                .redirectError(temp.resolve("stderr.txt").toFile()).start();
        String output = new String(probe.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(probe.waitFor()).as(() -> output + readString(temp.resolve("stderr.txt"))).isZero();
        assertThat(output).isEqualTo("found by the boot loader; SITE-02 on ev-bm-deviations.yaml: [Marked.]"
                + System.lineSeparator());
    }

    /** Run in a JVM of its own by the test above. */
    static final class BootProbe {
        public static void main(String[] args) throws Exception {
            RuleClassLoader.install();
            System.out.print(Class.forName(args[0], false, loader()).getClassLoader() == null
                    ? "found by the boot loader; " : "found elsewhere; ");
            Checker checker = new Checker(RuleBook.load(Path.of("rules"), List.of(Path.of(args[1]))),
                    new ProfileLoader().loadDefault(), LocalDate.of(2025, 6, 1), InputLimits.DEFAULT);
            System.out.println("SITE-02 on ev-bm-deviations.yaml: " + checker
                    .check(Path.of("protocols/examples/ev-bm-deviations.yaml"), "ev-bm-deviations.yaml").findings().stream()
                    .filter(finding -> finding.ruleId().equals("SITE-02")).map(Finding::message).toList());
        }
    }

    private static RuleClassLoader loader() {
        return (RuleClassLoader) ProjectClassLoader.createProjectClassLoader(RuleClassLoaderTest.class.getClassLoader());
    }

    /** Compiles {@code source}, written to {@code file} below {@code temp}, into a directory; returns it. */
    private static Path compile(Path temp, String file, String source) throws java.io.IOException {
        Path written = temp.resolve("src").resolve(file);
        java.nio.file.Files.createDirectories(written.getParent());
        java.nio.file.Files.writeString(written, source);
        Path classes = temp.resolve("classes");
        assertThat(javax.tools.ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-d", classes.toString(), written.toString())).isZero();
        return classes;
    }

    private static String readString(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static byte[] bytecodeOf(Class<?> type) throws Exception {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    private static String report() throws Exception {
        return report(RuleBook.load(Path.of("rules")));
    }

    private static String report(RuleBook book) throws Exception {
        Checker checker = new Checker(book, new ProfileLoader().loadDefault(),
                LocalDate.of(2025, 6, 1), InputLimits.DEFAULT);
        StringWriter out = new StringWriter();
        new JsonRenderer().render(checker.check(ProtocolFiles.expand(List.of("protocols/examples", "src/test/resources/independent"))), out);
        return out.toString();
    }
}
