package org.secretomecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date a command runs as (verify's matrix date, the check date of diff and compare). */
class DatesTest {

    private final StringWriter err = new StringWriter();

    private LocalDate runDate(String given, String sourceDateEpoch) {
        return Dates.runDate(given == null ? null : new Dates.Day().convert(given), sourceDateEpoch, new PrintWriter(err, true));
    }

    @Test
    void aGivenDateWinsOverSourceDateEpoch() {
        assertThat(runDate("2025-06-01", "0")).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void sourceDateEpochGivesTheDayInUtc() {
        assertThat(runDate(null, "1748736000")).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(runDate(null, "253402300799")).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(runDate(null, "")).isEqualTo(LocalDate.now());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aWrongSourceDateEpochIsAnErrorNotToday() {
        for (String wrong : new String[] {"abc", "-1", "1.5", "253402300800"}) {
            assertThat(runDate(null, wrong)).as(wrong).isNull();
            assertThat(err.toString()).as(wrong).contains("SOURCE_DATE_EPOCH must be a number of seconds").contains(wrong);
        }
    }

    @Test
    void anEmptyDateIsNamedAsSuch() {
        assertThatThrownBy(() -> new Dates.Day().convert(""))
                .hasMessage("a date must be a day written YYYY-MM-DD, not an empty value");
    }

    @Test
    void aDayWrittenYyyyMmDdThatTheCalendarLacksIsToldApartFromAnotherForm() {
        assertThat(Dates.wrongDay("2025-02-30")).isEqualTo("2025-02-30 is not a day of the calendar (February 2025 has days 01 to 28)");
        assertThat(Dates.wrongDay("2024-02-30")).isEqualTo("2024-02-30 is not a day of the calendar (February 2024 has days 01 to 29)");
        assertThat(Dates.wrongDay("2025-04-00")).isEqualTo("2025-04-00 is not a day of the calendar (April 2025 has days 01 to 30)");
        assertThat(Dates.wrongDay("2025-13-01")).isEqualTo("2025-13-01 is not a day of the calendar (months are 01 to 12)");
        assertThat(Dates.wrongDay("2025-6-1")).isEqualTo("a date must be a day written YYYY-MM-DD, not 2025-6-1");
        assertThat(Dates.wrongDay("2024-02-29")).isNull();
        assertThat(Dates.wrongDay("2025-06-01\n\u001B[31m")).isEqualTo("a date must be a day written YYYY-MM-DD, not "
                + "2025-06-01\\n\\u001B[31m");
    }
}
