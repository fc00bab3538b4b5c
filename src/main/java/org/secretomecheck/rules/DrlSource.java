package org.secretomecheck.rules;

/**
 * One DRL file of a rule set.
 *
 * @param display the file as users see it: its rules directory as given, then its relative path
 * @param modulePath its path in the rule set: relative to its rules directory, after {@code siteN/}
 *        for the N-th site directory (the rule set's SHA-256 is taken over these paths and texts)
 * @param text its content
 * @param site whether it comes from a site directory
 */
record DrlSource(String display, String modulePath, String text, boolean site) {

    /**
     * Where it sits in the in-memory KIE module: {@code base/} or {@code siteN/} first, so that no
     * file of one directory can take the place of another's ({@code site1/x.drl} of the rules
     * directory is not the first site directory's {@code x.drl}).
     */
    String kiePath() {
        return site ? modulePath : "base/" + modulePath;
    }
}
