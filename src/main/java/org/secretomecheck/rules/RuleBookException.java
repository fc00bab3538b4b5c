package org.secretomecheck.rules;

import java.util.List;

/** A rules directory that cannot be used: a DRL file that does not compile, or bad metadata. */
public final class RuleBookException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    public RuleBookException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    /** Each error as {@code file:line:column: message}. */
    public List<String> errors() {
        return errors;
    }
}
