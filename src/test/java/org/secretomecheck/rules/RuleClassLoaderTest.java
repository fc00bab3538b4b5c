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
import org.secretomecheck.check.Checker;
import org.secretomecheck.check.ProtocolFiles;
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
        String name = "org.secretomecheck.generated.Stored";
        assertThat(loader.absent(name)).isTrue();
        loader.storeClass(name, bytecodeOf(OpenFinding.class));
        assertThat(loader.absent(name)).as("a class stored in the loader is its own to answer for").isFalse();
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

    private static RuleClassLoader loader() {
        return (RuleClassLoader) ProjectClassLoader.createProjectClassLoader(RuleClassLoaderTest.class.getClassLoader());
    }

    private static byte[] bytecodeOf(Class<?> type) throws Exception {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }

    private static String report() throws Exception {
        Checker checker = new Checker(RuleBook.load(Path.of("rules")), new ProfileLoader().loadDefault(),
                LocalDate.of(2025, 6, 1), InputLimits.DEFAULT);
        StringWriter out = new StringWriter();
        new JsonRenderer().render(checker.check(ProtocolFiles.expand(List.of("protocols/examples", "src/test/resources/independent"))), out);
        return out.toString();
    }
}
