package io.holdfast.hr.departure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class DepartureCompletionRuleTest {

    private final DepartureCompletionRule berlin = new DepartureCompletionRule(ZoneId.of("Europe/Berlin"));
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-11-26");

    @Test
    void notDueDuringTheLastWorkingDay() {
        assertThat(berlin.isDue(LAST_DAY, Instant.parse("2026-11-26T15:00:00Z"))).isFalse();
    }

    @Test
    void notDueOneMinuteBeforeMidnightInBerlin() {
        assertThat(berlin.isDue(LAST_DAY, Instant.parse("2026-11-26T22:59:00Z"))).isFalse();
    }

    @Test
    void dueAtMidnightInBerlinAlthoughItIsStillTheLastDayInUtc() {
        assertThat(berlin.isDue(LAST_DAY, Instant.parse("2026-11-26T23:00:00Z"))).isTrue();
    }

    @Test
    void summerTimeShiftsTheEndOfDayByAnHour() {
        LocalDate summerDay = LocalDate.parse("2026-07-15");
        assertThat(berlin.isDue(summerDay, Instant.parse("2026-07-15T21:59:00Z"))).isFalse();
        assertThat(berlin.isDue(summerDay, Instant.parse("2026-07-15T22:00:00Z"))).isTrue();
    }

    @Test
    void aZoneWestOfUtcEndsTheDayLater() {
        var newYork = new DepartureCompletionRule(ZoneId.of("America/New_York"));
        assertThat(newYork.isDue(LAST_DAY, Instant.parse("2026-11-27T04:59:00Z"))).isFalse();
        assertThat(newYork.isDue(LAST_DAY, Instant.parse("2026-11-27T05:00:00Z"))).isTrue();
    }

    @Test
    void completingEarlyMovesTheLastDayToToday() {
        assertThat(berlin.lastWorkingDayWhenCompletedNow(LocalDate.parse("2026-12-31"),
                Instant.parse("2026-11-26T10:00:00Z"))).isEqualTo(LAST_DAY);
    }

    @Test
    void completingLateKeepsThePlannedLastDay() {
        assertThat(berlin.lastWorkingDayWhenCompletedNow(LocalDate.parse("2026-11-20"),
                Instant.parse("2026-11-26T10:00:00Z"))).isEqualTo(LocalDate.parse("2026-11-20"));
    }
}
