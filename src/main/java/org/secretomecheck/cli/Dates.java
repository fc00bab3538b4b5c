package org.secretomecheck.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The dates a command runs as: given, from {@code SOURCE_DATE_EPOCH}, or today. */
final class Dates {

    private Dates() {}

    /** {@code given} as a date; else SOURCE_DATE_EPOCH (UTC) when set; else today. Null after printing why. */
    static LocalDate runDate(String given, PrintWriter err) {
        if (given != null) {
            try {
                return LocalDate.parse(given);
            } catch (DateTimeParseException e) {
                err.println("secretome-check: a date must be written YYYY-MM-DD, not " + given);
                return null;
            }
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("[0-9]{1,12}")) {
            return LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(epoch)), ZoneOffset.UTC);
        }
        return LocalDate.now();
    }
}
