package org.secretomecheck.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The dates a command runs as: given, from {@code SOURCE_DATE_EPOCH}, or today. */
final class Dates {

    /** 9999-12-31T23:59:59Z: later instants have five-digit years, which no report format allows. */
    private static final long LAST_SECOND = 253_402_300_799L;

    private Dates() {}

    /**
     * When a report is generated: {@code SOURCE_DATE_EPOCH} (seconds since 1970, UTC) when the
     * environment sets it, else {@code now}, to the second. Null after printing why, when
     * SOURCE_DATE_EPOCH is set but is not a number of seconds (the reproducible-builds convention).
     */
    static Instant generatedAt(String sourceDateEpoch, Instant now, PrintWriter err) {
        if (sourceDateEpoch == null || sourceDateEpoch.isEmpty()) {
            return now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        if (sourceDateEpoch.matches("[0-9]{1,12}") && Long.parseLong(sourceDateEpoch) <= LAST_SECOND) {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch));
        }
        err.println("secretome-check: SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 UTC, up to the"
                + " end of 9999, not " + sourceDateEpoch);
        return null;
    }

    /** {@code given} as a date; else SOURCE_DATE_EPOCH (UTC) when set; else today. Null after printing why. */
    static LocalDate runDate(String given, PrintWriter err) {
        return runDate(given, System.getenv("SOURCE_DATE_EPOCH"), err);
    }

    /**
     * {@code given} as a date; else the day of {@code sourceDateEpoch} (UTC) when set; else today.
     * Null after printing why, when either is set but wrong.
     */
    static LocalDate runDate(String given, String sourceDateEpoch, PrintWriter err) {
        if (given != null) {
            try {
                if (given.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    return LocalDate.parse(given);
                }
            } catch (DateTimeParseException e) {
                // a day that does not exist: refused below
            }
            err.println("secretome-check: a date must be a day written YYYY-MM-DD, not "
                    + (given.isEmpty() ? "an empty value" : given));
            return null;
        }
        if (sourceDateEpoch == null || sourceDateEpoch.isEmpty()) {
            return LocalDate.now();
        }
        Instant at = generatedAt(sourceDateEpoch, Instant.EPOCH, err);
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
