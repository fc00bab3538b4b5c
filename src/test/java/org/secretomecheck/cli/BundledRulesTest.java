package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.secretomecheck.rules.RuleBook;

/** The rule book preloaded at start-up is the bundled rule book. */
class BundledRulesTest {

    @Test
    void preloadedRulesAreTheBundledRules() throws Exception {
        BundledRules.preloadFor(new String[] {"check", "--as-of", "2025-06-01", "protocols/examples"});
        RuleBook preloaded = BundledRules.get();
        RuleBook bundled = RuleBook.bundled();
        assertThat(preloaded.sha256()).isEqualTo(bundled.sha256());
        assertThat(preloaded.ids()).containsExactlyElementsOf(bundled.ids());
    }

    @Test
    void noPreloadWhenOtherRulesAreAsked() throws Exception {
        BundledRules.preloadFor(new String[] {"check", "--rules", "rules", "protocols/examples"});
        assertThat(BundledRules.get().sha256()).isEqualTo(RuleBook.bundled().sha256());
    }
}
