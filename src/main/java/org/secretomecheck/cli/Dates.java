package org.secretomecheck.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import org.secretomecheck.finding.Readable;
import picocli.CommandLine;

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

    /**
     * The value of a date option: a day written YYYY-MM-DD. A wrong one is a usage error, which
     * picocli reports with the option's name and the "Try ... --help" line.
     */
    static final class Day implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            String wrong = wrongDay(value);
            if (wrong != null) {
                throw new CommandLine.TypeConversionException(wrong);
            }
            return LocalDate.parse(value);
        }
    }

    /** {@code given} when set; else SOURCE_DATE_EPOCH (UTC) when set; else today. Null after printing why. */
    static LocalDate runDate(LocalDate given, PrintWriter err) {
        return runDate(given, System.getenv("SOURCE_DATE_EPOCH"), err);
    }

    /**
     * {@code given} when set; else the day of {@code sourceDateEpoch} (UTC) when set; else today.
     * Null after printing why, when {@code sourceDateEpoch} is wrong.
     */
    static LocalDate runDate(LocalDate given, String sourceDateEpoch, PrintWriter err) {
        if (given != null) {
            return given;
        }
        if (sourceDateEpoch == null || sourceDateEpoch.isEmpty()) {
            return LocalDate.now();
        }
        Instant at = generatedAt(sourceDateEpoch, Instant.EPOCH, err);
        return at == null ? null : LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /**
     * Why {@code given} is not a day, or null when it is one. Text written YYYY-MM-DD that names no
     * day (2025-02-30) is told apart from text in another form: its writer needs the calendar, not
     * the format.
     */
    static String wrongDay(String given) {
        if (!given.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            // echoed as problem messages echo a value: one line, at most 80 characters, control characters escaped
            return "a date must be a day written YYYY-MM-DD, not "
                    + (given.isEmpty() ? "an empty value" : Readable.escaped(given, 80));
        }
        try {
            LocalDate.parse(given);
            return null;
        } catch (DateTimeParseException e) {
            int year = Integer.parseInt(given.substring(0, 4));
            int month = Integer.parseInt(given.substring(5, 7));
            if (month < 1 || month > 12) {
                return given + " is not a day of the calendar (months are 01 to 12)";
            }
            YearMonth yearMonth = YearMonth.of(year, month);
            return given + " is not a day of the calendar (" + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " " + year + " has days 01 to " + yearMonth.lengthOfMonth() + ")";
        }
    }
}
