package io.holdfast.hr.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.holdfast.contracts.hr.NonSolicitationClause.Kind;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NonSolicitationPolicyTest {

    private final NonSolicitationPolicy policy = new NonSolicitationPolicy();
    private static final LocalDate DEPARTED = LocalDate.parse("2026-03-31");

    @Test
    void windowEndsTheClausesMonthsAfterTheLastWorkingDay() {
        assertThat(policy.windowEndsOn(DEPARTED, 12)).isEqualTo("2027-03-31");
        assertThat(policy.windowEndsOn(LocalDate.parse("2026-01-31"), 1)).isEqualTo("2026-02-28");
    }

    @Test
    void churnOnTheDayAfterDepartureIsInside() {
        assertThat(policy.insideWindow(DEPARTED.plusDays(1), DEPARTED, policy.windowEndsOn(DEPARTED, 6))).isTrue();
    }

    @Test
    void churnOnTheWindowsLastDayIsInside() {
        assertThat(policy.insideWindow(LocalDate.parse("2026-09-30"), DEPARTED, LocalDate.parse("2026-09-30"))).isTrue();
    }

    @Test
    void churnTheDayAfterTheWindowIsOutside() {
        assertThat(policy.insideWindow(LocalDate.parse("2026-10-01"), DEPARTED, LocalDate.parse("2026-09-30"))).isFalse();
    }

    @Test
    void churnWhileStillEmployedIsOutside() {
        assertThat(policy.insideWindow(DEPARTED, DEPARTED, LocalDate.parse("2026-09-30"))).isFalse();
        assertThat(policy.insideWindow(DEPARTED.minusDays(10), DEPARTED, LocalDate.parse("2026-09-30"))).isFalse();
    }

    @Test
    void zeroMonthClauseHasNoWindow() {
        LocalDate end = policy.windowEndsOn(DEPARTED, 0);
        assertThat(policy.insideWindow(DEPARTED.plusDays(1), DEPARTED, end)).isFalse();
    }

    @Test
    void perClientClaimIsTheAmountForEachClient() {
        var claim = policy.claim(Kind.PER_CLIENT, new BigDecimal("20000.00"), "EUR", true);
        assertThat(claim.amount()).isEqualByComparingTo("20000.00");
        assertThat(claim.explanation()).contains("Claim: 20000.00 EUR.");
    }

    @Test
    void fixedClaimIsTheAmountTheFirstTime() {
        assertThat(policy.claim(Kind.FIXED, new BigDecimal("50000.00"), "EUR", false).amount())
                .isEqualByComparingTo("50000.00");
    }

    @Test
    void fixedClaimIsOwedOnceSoASecondClientAddsNoMoney() {
        var claim = policy.claim(Kind.FIXED, new BigDecimal("50000.00"), "EUR", true);
        assertThat(claim.amount()).isEqualByComparingTo("0");
        assertThat(claim.explanation()).anyMatch(l -> l.contains("already claimed"));
    }

    @Test
    void aChurnRecordedInsideTheWindowCountsWhateverDateItCarries() {
        LocalDate end = LocalDate.parse("2026-09-30");
        // stated inside: counts on the stated day
        assertThat(policy.countedOn(DEPARTED.plusDays(3), DEPARTED.plusDays(5), DEPARTED, end)).contains(DEPARTED.plusDays(3));
        // back-dated to before the departure but recorded after it: counts on the day it was recorded
        assertThat(policy.countedOn(DEPARTED.minusYears(3), DEPARTED.plusDays(5), DEPARTED, end)).contains(DEPARTED.plusDays(5));
        // stated and recorded before the departure (ordinary business), or both after the window: nothing
        assertThat(policy.countedOn(DEPARTED.minusDays(9), DEPARTED.minusDays(2), DEPARTED, end)).isEmpty();
        assertThat(policy.countedOn(end.plusDays(1), end.plusDays(2), DEPARTED, end)).isEmpty();
    }
}
