package org.secretomecheck.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.protocol.ProtocolDocument;

/** The leaf-by-leaf diff of two YAML trees. */
class TreeDiffTest {

    private static ProtocolDocument yaml(String text) {
        return new YamlReader().read("x.yaml", text.getBytes(StandardCharsets.UTF_8)).document();
    }

    private static List<String> diff(String before, String after) {
        return TreeDiff.of(yaml(before), yaml(after)).stream()
                .map(c -> c.kind().label() + " " + c.pointer() + " " + c.shownBefore() + "@" + c.beforeLine() + " -> "
                        + c.shownAfter() + "@" + c.afterLine())
                .toList();
    }

    @Test
    void sameValuesGiveNoChange() {
        assertThat(diff("a: 5\nb: [1, 2]\nc: {d: x}\ne: []\n", "# moved\na: 5.0\nb: [1, 2]\nc: {d: x}\ne: []\n"))
                .isEmpty();
    }

    @Test
    void typesAreShownSoThatATypeChangeIsVisible() {
        assertThat(diff("a: 5\nb: true\nc: null\n", "a: \"5\"\nb: yes\nc: 2025-01-01\n")).containsExactly(
                "changed /a 5@1 -> \"5\"@1",
                "changed /b true@2 -> \"yes\"@2",
                "added /c (absent)@0 -> 2025-01-01@3");
    }

    @Test
    void decimalsAreShownInPlainDigitsUnlessTheyWouldRunLong() {
        assertThat(diff("a: 350\nb: 0.5\n", "a: 1e99\nb: 0.00001\n")).containsExactly(
                "changed /a 350@1 -> 1E+99@1", "changed /b 0.5@2 -> 0.00001@2");
    }

    @Test
    void nullMeansNotRecordedAsAnAbsentKeyDoes() {
        assertThat(diff("x: 1\na: null\nb: ~\n", "x: 1\nb:\nc: null\n")).isEmpty();
        assertThat(diff("x: 1\na: 5\n", "x: 1\na: ~\n")).containsExactly("removed /a 5@2 -> (absent)@0");
        assertThat(diff("x: 1\ns: {}\n", "x: 1\ns:\n  a: null\n  b: ~\n")).isEmpty();
    }

    @Test
    void aSectionWhoseValuesAreAllNullIsStillThere() {
        assertThat(diff("x: 1\n", "x: 1\nk: {m: null, r: null}\n")).containsExactly("added /k (absent)@0 -> {\"m\":null,\"r\":null}@2");
        assertThat(diff("x: 1\n", "x: 1\nk: {}\n")).containsExactly("added /k (absent)@0 -> {}@2");
    }

    @Test
    void listsAreComparedByIndex() {
        assertThat(diff("l:\n  - a\n  - b\n", "l:\n  - a\n  - c\n  - d\n")).containsExactly(
                "changed /l/1 \"b\"@3 -> \"c\"@3",
                "added /l/2 (absent)@0 -> \"d\"@4");
        assertThat(diff("l: [a, b]\n", "l: []\n")).containsExactly(
                "removed /l/0 \"a\"@1 -> (absent)@0",
                "removed /l/1 \"b\"@1 -> (absent)@0");
    }

    @Test
    void aSectionReplacingAScalarListsEveryLeaf() {
        assertThat(diff("f: null\n", "f:\n  pore: 0.22\n  tested: {by: qa}\n")).containsExactly(
                "added /f/pore (absent)@0 -> 0.22@2",
                "added /f/tested/by (absent)@0 -> \"qa\"@3");
        assertThat(diff("f: {}\n", "f: []\n")).containsExactly("changed /f {}@1 -> []@1");
    }

    @Test
    void removedKeysKeepTheirPlaceAndKeysAreEscaped() {
        assertThat(diff("a: 1\nb: 2\nc: 3\n", "a: 1\nz: 0\nc: 4\n")).containsExactly(
                "removed /b 2@2 -> (absent)@0",
                "added /z (absent)@0 -> 0@2",
                "changed /c 3@3 -> 4@3");
        assertThat(diff("\"a/b~c\": 1\n", "\"a/b~c\": 2\n")).containsExactly("changed /a~1b~0c 1@1 -> 2@1");
    }
}
