package org.secretomecheck.load;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.secretomecheck.finding.Problem;
import org.secretomecheck.protocol.ProtocolDocument;

/**
 * What reading one file gave.
 *
 * @param document      the parsed document, or null when the file is unreadable (then
 *                      {@code problems} holds exactly one {@link Problem.Kind#UNREADABLE} problem)
 * @param problems      {@link Problem.Kind#STRUCTURE} problems found while reading a readable file
 *                      (anchors, aliases, duplicate keys), in file order; or the one unreadable problem
 * @param nonStringKeys JSON Pointers of the mapping members whose key YAML reads as something other
 *                      than a string ({@code 1:}, {@code true:}, {@code null:}, {@code 2025-01-01:}),
 *                      in file order; the member is in the tree under the key's text as written
 */
public record ReadResult(ProtocolDocument document, List<Problem> problems, Set<String> nonStringKeys) {

    public ReadResult {
        problems = List.copyOf(problems);
        nonStringKeys = Collections.unmodifiableSet(new LinkedHashSet<>(nonStringKeys));
    }

    /** A result for a file that could not be read. */
    public static ReadResult unreadable(Problem problem) {
        return new ReadResult(null, List.of(problem), Set.of());
    }

    /** True when the file was read (it may still hold structure problems). */
    public boolean isReadable() {
        return document != null;
    }
}
