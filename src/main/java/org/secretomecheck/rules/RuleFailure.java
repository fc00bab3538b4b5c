package org.secretomecheck.rules;

import java.util.Arrays;
import org.kie.api.runtime.rule.ConsequenceException;
import org.mvel2.CompileException;
import org.mvel2.compiler.ExpressionCompiler;
import org.secretomecheck.finding.Readable;

/** A rule that threw or looped while judging one protocol. */
public final class RuleFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** The name of the rule that failed, or null when it is not known. */
    private final String rule;

    public RuleFailure(String message) {
        this(message, null);
    }

    RuleFailure(String message, String rule) {
        super(message);
        this.rule = rule;
    }

    /** The name of the rule that failed, or null when it is not known. */
    String rule() {
        return rule;
    }

    /**
     * Describes {@code e}, naming the rule that failed: the one Drools names, else {@code failed}
     * (the rule Judge found, or null).
     */
    static RuleFailure of(Throwable e, String failed) {
        String name = e instanceof ConsequenceException consequence && consequence.getMatch() != null
                ? consequence.getMatch().getRule().getName() : failed;
        String rule = name != null ? "rule \"" + name + "\" failed: " : "a rule failed: ";
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String detail = cause instanceof StackOverflowError ? "it recursed too deeply (stack overflow)"
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String constraint = e instanceof ConsequenceException ? null : uncompiledConstraint(e);
        if (constraint != null) {
            detail = "MVEL cannot compile its constraint " + constraint + ": " + detail;
        }
        return new RuleFailure(Readable.line(rule + detail.strip().replaceAll("\\s+", " ")), name);
    }

    /**
     * The constraint that MVEL could not compile when it was first evaluated (a text compared with
     * a number), or null. MVEL throws its CompileException for errors while evaluating, too (a
     * function that throws): only one thrown by its compiler counts.
     */
    private static String uncompiledConstraint(Throwable e) {
        for (Throwable link = e; link != null; link = link.getCause() == link ? null : link.getCause()) {
            if (link instanceof CompileException compile && compile.getExpr() != null && Arrays.stream(compile.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().equals(ExpressionCompiler.class.getName()))) {
                return new String(compile.getExpr()).strip();
            }
        }
        return null;
    }
}
