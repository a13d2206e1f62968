package io.holdfast.hr.watch;

import io.holdfast.contracts.hr.NonSolicitationClause;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The non-solicitation window and the claim a churn inside it gives. */
public final class NonSolicitationPolicy {

    /** The amount that could be claimed and why. */
    public record Claim(BigDecimal amount, List<String> explanation) {
        public Claim {
            explanation = List.copyOf(explanation);
        }
    }

    /** Last day of the window: the clause's months after the last working day. */
    public LocalDate windowEndsOn(LocalDate lastWorkingDay, int months) {
        return lastWorkingDay.plusMonths(months);
    }

    /**
     * A churn counts when it happens after the last working day (while employed, leaving clients are the
     * employee's ordinary business) and on or before the window's last day.
     */
    public boolean insideWindow(LocalDate churnedOn, LocalDate departedOn, LocalDate windowEndsOn) {
        return churnedOn.isAfter(departedOn) && !churnedOn.isAfter(windowEndsOn);
    }

    /**
     * The day a churn counts on for the window, if any: its stated date when that lies inside, otherwise the day
     * it was recorded when that does. A churn recorded inside the window counts whatever date it carries, so
     * back-dating a lost client to before the departure does not take it out of the watch.
     */
    public java.util.Optional<LocalDate> countedOn(LocalDate churnedOn, LocalDate recordedOn, LocalDate departedOn,
            LocalDate windowEndsOn) {
        if (insideWindow(churnedOn, departedOn, windowEndsOn)) {
            return java.util.Optional.of(churnedOn);
        }
        return insideWindow(recordedOn, departedOn, windowEndsOn) ? java.util.Optional.of(recordedOn)
                : java.util.Optional.empty();
    }

    /**
     * PER_CLIENT: the amount for this client. FIXED: the amount once per departure, so a second client lost
     * after a claim was already raised adds evidence but no money.
     */
    public Claim claim(NonSolicitationClause.Kind kind, BigDecimal amount, String currency,
            boolean fixedAmountAlreadyClaimed) {
        List<String> lines = new ArrayList<>();
        BigDecimal owed = switch (kind) {
            case PER_CLIENT -> {
                lines.add("Clause: " + amount.toPlainString() + " " + currency + " per client taken.");
                yield amount;
            }
            case FIXED -> {
                lines.add("Clause: a fixed " + amount.toPlainString() + " " + currency + " on breach, owed once.");
                if (fixedAmountAlreadyClaimed) {
                    lines.add("The fixed amount is already claimed for this departure; this client adds evidence only.");
                    yield BigDecimal.ZERO.setScale(amount.scale());
                }
                yield amount;
            }
        };
        lines.add("Claim: " + owed.toPlainString() + " " + currency + ".");
        return new Claim(owed, lines);
    }
}
