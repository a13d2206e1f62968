package io.holdfast.hr.penalty;

import io.holdfast.contracts.hr.DocumentUseClause;
import io.holdfast.contracts.hr.EarlyDepartureClause;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Computes what an employee owes under the early-departure clause, with the explanation that goes to the
 * employee, finance and (if it comes to that) a court: every input and every step is written out.
 *
 * <p>Months left run from the day after the last working day to the committed term end, inclusive: whole
 * calendar months first, then the remaining days as a fraction of the calendar month they fall in. The amount
 * is rounded half-up to the currency's minor unit, once, at the end.
 */
public final class PenaltyCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** The amount owed and how it was reached. */
    public record Assessment(BigDecimal amount, String currency, List<String> explanation) {
        public Assessment {
            explanation = List.copyOf(explanation);
        }
    }

    /** Months left of a committed term: whole months plus {@code days} of a month {@code monthLength} days long. */
    public record MonthsLeft(long wholeMonths, long days, long monthLength) {
        public BigDecimal asDecimal() {
            BigDecimal fraction = days == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(monthLength), PRECISION);
            return BigDecimal.valueOf(wholeMonths).add(fraction);
        }
    }

    public Assessment earlyDeparture(EarlyDepartureClause clause, String currency, LocalDate committedTermEnd,
            LocalDate lastWorkingDay) {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(lastWorkingDay, "lastWorkingDay");
        int digits = fractionDigits(currency);
        List<String> lines = new ArrayList<>();
        if (committedTermEnd == null) {
            lines.add("The contract commits to no term, so leaving early owes nothing.");
            return new Assessment(zero(digits), currency, lines);
        }
        lines.add("Committed term ends on " + committedTermEnd + "; last working day is " + lastWorkingDay + ".");
        if (!lastWorkingDay.isBefore(committedTermEnd)) {
            lines.add("The committed term is served (the last working day is not before its end), so nothing is owed.");
            return new Assessment(zero(digits), currency, lines);
        }
        return switch (clause.kind()) {
            case FIXED -> fixed(clause, currency, digits, lines);
            case PRO_RATA -> proRata(clause, currency, digits, committedTermEnd, lastWorkingDay, lines);
        };
    }

    /** The document-use clause: its amount for each violation established after the departure. */
    public Assessment documentUse(DocumentUseClause clause, String currency, int violations) {
        Objects.requireNonNull(clause, "clause");
        if (violations < 1) {
            throw new IllegalArgumentException("at least one established violation is needed, was " + violations);
        }
        int digits = fractionDigits(currency);
        BigDecimal per = nonNegative(clause.penaltyPerViolation(), "penaltyPerViolation");
        String perText = per.setScale(Math.max(digits, per.scale()), RoundingMode.UNNECESSARY).toPlainString() + " "
                + currency;
        BigDecimal amount = per.multiply(BigDecimal.valueOf(violations)).setScale(digits, RoundingMode.HALF_UP);
        List<String> lines = new ArrayList<>();
        lines.add("Document-use clause: " + perText + " per established violation.");
        lines.add("Established violations: " + violations + ".");
        lines.add(perText + " × " + violations + " = " + amount.toPlainString() + " " + currency + ".");
        lines.add("Amount owed: " + amount.toPlainString() + " " + currency + ".");
        return new Assessment(amount, currency, lines);
    }

    /** Whole and partial months from the day after {@code lastWorkingDay} to {@code termEnd}, inclusive. */
    public static MonthsLeft monthsLeft(LocalDate lastWorkingDay, LocalDate termEnd) {
        if (!lastWorkingDay.isBefore(termEnd)) {
            return new MonthsLeft(0, 0, 0);
        }
        long whole = ChronoUnit.MONTHS.between(lastWorkingDay, termEnd);
        LocalDate anchor = lastWorkingDay.plusMonths(whole);
        long days = ChronoUnit.DAYS.between(anchor, termEnd);
        long monthLength = ChronoUnit.DAYS.between(anchor, anchor.plusMonths(1));
        return new MonthsLeft(whole, days, monthLength);
    }

    private Assessment fixed(EarlyDepartureClause clause, String currency, int digits, List<String> lines) {
        BigDecimal amount = nonNegative(clause.fixedAmount(), "fixedAmount");
        BigDecimal rounded = amount.setScale(digits, RoundingMode.HALF_UP);
        lines.add("Early-departure clause: a fixed " + rounded.toPlainString() + " " + currency
                + ", whatever the time left.");
        lines.add("Amount owed: " + rounded.toPlainString() + " " + currency + ".");
        return new Assessment(rounded, currency, lines);
    }

    private Assessment proRata(EarlyDepartureClause clause, String currency, int digits, LocalDate termEnd,
            LocalDate lastWorkingDay, List<String> lines) {
        BigDecimal rate = nonNegative(clause.monthlyRate(), "monthlyRate");
        MonthsLeft left = monthsLeft(lastWorkingDay, termEnd);
        String rateText = rate.setScale(Math.max(digits, rate.scale()), RoundingMode.UNNECESSARY).toPlainString()
                + " " + currency;
        lines.add("Early-departure clause: pro rata, " + rateText + " per month left of the term.");
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(left.wholeMonths()));
        if (left.days() == 0) {
            lines.add("Months left: " + left.wholeMonths() + " whole month(s).");
            lines.add(rateText + " × " + left.wholeMonths() + " = " + exact.toPlainString() + " " + currency + ".");
        } else {
            BigDecimal partial = rate.multiply(BigDecimal.valueOf(left.days()))
                    .divide(BigDecimal.valueOf(left.monthLength()), PRECISION);
            exact = exact.add(partial);
            lines.add("Months left: " + left.wholeMonths() + " whole month(s) and " + left.days() + " of "
                    + left.monthLength() + " days = " + left.asDecimal().setScale(4, RoundingMode.HALF_UP).toPlainString()
                    + " months.");
            lines.add(rateText + " × " + left.wholeMonths() + " + " + rateText + " × " + left.days() + "/"
                    + left.monthLength() + " = " + exact.stripTrailingZeros().toPlainString() + " " + currency + ".");
        }
        BigDecimal rounded = exact.setScale(digits, RoundingMode.HALF_UP);
        lines.add("Amount owed: " + rounded.toPlainString() + " " + currency + " (rounded half-up to " + digits
                + " decimal place(s)).");
        return new Assessment(rounded, currency, lines);
    }

    private static BigDecimal nonNegative(BigDecimal amount, String field) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("clause " + field + " must be given and >= 0");
        }
        return amount;
    }

    private static BigDecimal zero(int digits) {
        return BigDecimal.ZERO.setScale(digits);
    }

    private static int fractionDigits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }
}
