package org.secretomecheck.report;

import org.secretomecheck.check.Checker;

/**
 * Golden files hold {@link #CODE} where a report names the SHA-256 of the tool's code, which
 * changes with every change of the code; everything else in them is compared byte for byte.
 */
public final class Goldens {

    public static final String CODE = "CODE-SHA256-OF-THIS-BUILD";

    private Goldens() {}

    /** {@code text} with the digest of this build's code replaced by {@link #CODE}. */
    public static String normalised(String text) {
        String code = Checker.TOOL.code();
        return code == null ? text : text.replace(code, CODE);
    }
}
