package org.secretomecheck.cli;

/** The exit codes of every command. */
public enum ExitCode {
    /** No open finding at or above the --fail-on threshold. */
    OK(0),
    /** Open findings at or above the --fail-on threshold. */
    FINDINGS(1),
    /** A protocol could not be checked, or the command, rules or profile were wrong. */
    ERROR(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
