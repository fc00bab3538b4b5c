package org.secretomecheck.protocol;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one Hibernate Validator of the process, for the protocol model and the profile. Messages
 * are interpolated without an expression language: the tool writes its own.
 */
public final class BeanValidation {

    private BeanValidation() {}

    /** The shared validator (thread-safe). */
    public static Validator validator() {
        return Holder.VALIDATOR;
    }

    /** Bootstraps on first use only. */
    private static final class Holder {
        static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }
}
