package org.secretomecheck.profile;

import java.util.List;
import org.secretomecheck.finding.Problem;

/** A profile that cannot be used: unreadable, an unknown key, a value of the wrong type. */
public final class ProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ProfileException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid profile" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** Every error found, each with its location. */
    public List<Problem> problems() {
        return problems;
    }
}
