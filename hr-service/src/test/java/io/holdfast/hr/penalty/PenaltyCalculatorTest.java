package io.holdfast.hr.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.EarlyDepartureClause.Kind;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PenaltyCalculatorTest {

    private final PenaltyCalculator calculator = new PenaltyCalculator();

    private static EarlyDepartureClause fixed(String amount) {
        return new EarlyDepartureClause(Kind.FIXED, new BigDecimal(amount), null);
    }

    private static EarlyDepartureClause proRata(String rate) {
        return new EarlyDepartureClause(Kind.PRO_RATA, null, new BigDecimal(rate));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void fixedClauseOwesTheFixedAmountWhateverTheTimeLeft() {
        var a = calculator.earlyDeparture(fixed("5000"), "EUR", d("2027-12-31"), d("2026-03-15"));
        assertThat(a.amount()).isEqualByComparingTo("5000.00");
        assertThat(a.amount().scale()).isEqualTo(2);
        assertThat(a.explanation()).anyMatch(l -> l.contains("fixed 5000.00 EUR"));
    }

    @Test
    void fixedClauseOwesTheSameOneDayBeforeTheTermEnds() {
        var a = calculator.earlyDeparture(fixed("5000"), "EUR", d("2026-12-31"), d("2026-12-30"));
        assertThat(a.amount()).isEqualByComparingTo("5000.00");
    }

    @Test
    void proRataWholeMonthsOnly() {
        var a = calculator.earlyDeparture(proRata("1000"), "EUR", d("2026-12-31"), d("2026-03-31"));
        assertThat(a.amount()).isEqualByComparingTo("9000.00");
        assertThat(a.explanation()).contains("Months left: 9 whole month(s).");
    }

    @Test
    void proRataPartialMonthIsTheDaysOverTheLengthOfThatMonth() {
        // 15 Jan -> 15 Mar is 2 months; 16 days of the month 15 Mar..15 Apr (31 days) remain
        var a = calculator.earlyDeparture(proRata("1000"), "EUR", d("2026-03-31"), d("2026-01-15"));
        assertThat(a.amount()).isEqualByComparingTo("2516.13");
        assertThat(a.explanation()).anyMatch(l -> l.contains("2 whole month(s) and 16 of 31 days = 2.5161 months"));
        assertThat(a.explanation()).anyMatch(l -> l.contains("rounded half-up to 2 decimal place(s)"));
    }

    @Test
    void proRataRoundsHalfUpOnceAtTheEnd() {
        // one third of 100.00 = 33.333.. -> 33.33; two thirds -> 66.67
        var third = calculator.earlyDeparture(proRata("100"), "EUR", d("2026-06-11"), d("2026-06-01"));
        assertThat(PenaltyCalculator.monthsLeft(d("2026-06-01"), d("2026-06-11")))
                .isEqualTo(new PenaltyCalculator.MonthsLeft(0, 10, 30));
        assertThat(third.amount()).isEqualByComparingTo("33.33");
        var twoThirds = calculator.earlyDeparture(proRata("100"), "EUR", d("2026-06-21"), d("2026-06-01"));
        assertThat(twoThirds.amount()).isEqualByComparingTo("66.67");
    }

    @Test
    void proRataRoundsAHalfCentUp() {
        // 0.05 per month, half a month of 30 days = 0.025 -> 0.03
        var a = calculator.earlyDeparture(proRata("0.05"), "EUR", d("2026-06-16"), d("2026-06-01"));
        assertThat(PenaltyCalculator.monthsLeft(d("2026-06-01"), d("2026-06-16")).days()).isEqualTo(15);
        assertThat(a.amount()).isEqualByComparingTo("0.03");
    }

    @Test
    void proRataInACurrencyWithoutMinorUnitsRoundsToWholeUnits() {
        var a = calculator.earlyDeparture(proRata("100000"), "JPY", d("2026-06-11"), d("2026-06-01"));
        assertThat(a.amount()).isEqualByComparingTo("33333");
        assertThat(a.amount().scale()).isZero();
    }

    @Test
    void proRataOneDayLeft() {
        var a = calculator.earlyDeparture(proRata("3100"), "EUR", d("2026-12-31"), d("2026-12-30"));
        assertThat(a.amount()).isEqualByComparingTo("100.00");
    }

    @Test
    void departureOnTheTermsLastDayOwesNothing() {
        var a = calculator.earlyDeparture(fixed("5000"), "EUR", d("2026-12-31"), d("2026-12-31"));
        assertThat(a.amount()).isEqualByComparingTo("0");
        assertThat(a.explanation()).anyMatch(l -> l.contains("served"));
    }

    @Test
    void termAlreadyServedOwesNothingUnderEitherKind() {
        assertThat(calculator.earlyDeparture(fixed("5000"), "EUR", d("2025-12-31"), d("2026-04-01")).amount())
                .isEqualByComparingTo("0");
        assertThat(calculator.earlyDeparture(proRata("1000"), "EUR", d("2025-12-31"), d("2026-04-01")).amount())
                .isEqualByComparingTo("0");
    }

    @Test
    void noCommittedTermOwesNothing() {
        var a = calculator.earlyDeparture(fixed("5000"), "EUR", null, d("2026-04-01"));
        assertThat(a.amount()).isEqualByComparingTo("0");
        assertThat(a.explanation()).singleElement().asString().contains("no term");
    }

    @Test
    void zeroFixedClauseOwesZero() {
        assertThat(calculator.earlyDeparture(fixed("0"), "EUR", d("2027-01-31"), d("2026-01-31")).amount())
                .isEqualByComparingTo("0");
    }

    @Test
    void zeroRateClauseOwesZero() {
        assertThat(calculator.earlyDeparture(proRata("0"), "USD", d("2027-01-31"), d("2026-01-15")).amount())
                .isEqualByComparingTo("0");
    }

    @Test
    void monthsLeftAcrossFebruaryInALeapYearUsesTheMonthItFallsIn() {
        // 31 Jan 2028 + 1 month = 29 Feb 2028; 1 Mar is one day into the month 29 Feb..29 Mar (29 days)
        assertThat(PenaltyCalculator.monthsLeft(d("2028-01-31"), d("2028-03-01")))
                .isEqualTo(new PenaltyCalculator.MonthsLeft(1, 1, 29));
    }

    @Test
    void monthsLeftOverAYearAndABit() {
        assertThat(PenaltyCalculator.monthsLeft(d("2026-01-10"), d("2027-01-20")))
                .isEqualTo(new PenaltyCalculator.MonthsLeft(12, 10, 31));
    }

    @Test
    void explanationNamesTermEndLastDayRateAndResult() {
        var a = calculator.earlyDeparture(proRata("1200.50"), "EUR", d("2026-09-30"), d("2026-06-30"));
        assertThat(a.amount()).isEqualByComparingTo("3601.50");
        assertThat(a.explanation()).containsExactly(
                "Committed term ends on 2026-09-30; last working day is 2026-06-30.",
                "Early-departure clause: pro rata, 1200.50 EUR per month left of the term.",
                "Months left: 3 whole month(s).",
                "1200.50 EUR × 3 = 3601.50 EUR.",
                "Amount owed: 3601.50 EUR (rounded half-up to 2 decimal place(s)).");
    }

    @Test
    void aClauseWithoutItsAmountIsRejected() {
        assertThatThrownBy(() -> calculator.earlyDeparture(new EarlyDepartureClause(Kind.PRO_RATA, null, null), "EUR",
                d("2027-01-01"), d("2026-01-01"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monthlyRate");
    }

    @Test
    void documentUseOwesTheClauseAmountPerEstablishedViolation() {
        var a = calculator.documentUse(new io.holdfast.contracts.hr.DocumentUseClause(new BigDecimal("1000")), "EUR", 3);
        assertThat(a.amount()).isEqualByComparingTo("3000.00");
        assertThat(a.explanation()).containsExactly(
                "Document-use clause: 1000.00 EUR per established violation.",
                "Established violations: 3.",
                "1000.00 EUR × 3 = 3000.00 EUR.",
                "Amount owed: 3000.00 EUR.");
    }

    @Test
    void documentUseWithAZeroClauseOwesZero() {
        assertThat(calculator.documentUse(new io.holdfast.contracts.hr.DocumentUseClause(BigDecimal.ZERO), "EUR", 2)
                .amount()).isEqualByComparingTo("0");
    }

    @Test
    void documentUseNeedsAtLeastOneViolation() {
        assertThatThrownBy(() -> calculator.documentUse(
                new io.holdfast.contracts.hr.DocumentUseClause(BigDecimal.TEN), "EUR", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
