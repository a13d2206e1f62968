package io.holdfast.hr.contract;

import io.holdfast.contracts.hr.DocumentUseClause;
import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.NonSolicitationClause;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What makes a set of contract terms valid, and which amendment is in force on a given day. Plain rules so the
 * edge cases are unit-tested without a database.
 */
public final class ContractTermsRule {

    /** A field and what is wrong with it, as the API reports it. */
    public record Violation(String field, String message) {
    }

    /** Just the dates that decide which version of a contract applies. */
    public interface Dated {
        LocalDate startDate();

        int amendment();
    }

    public List<Violation> check(LocalDate signedOn, LocalDate startDate, LocalDate committedTermEnd, String currency,
            EarlyDepartureClause early, DocumentUseClause documentUse, NonSolicitationClause nonSolicitation) {
        List<Violation> errors = new ArrayList<>();
        if (signedOn != null && startDate != null && startDate.isBefore(signedOn)) {
            errors.add(new Violation("startDate", "must not be before signedOn (" + signedOn + ")"));
        }
        if (startDate != null && committedTermEnd != null && !committedTermEnd.isAfter(startDate)) {
            errors.add(new Violation("committedTermEnd", "must be after startDate (" + startDate + ")"));
        }
        if (currency != null && !knownCurrency(currency)) {
            errors.add(new Violation("currency", "is not a known ISO 4217 currency code: " + currency));
        }
        if (early != null && early.kind() == null) {
            errors.add(new Violation("earlyDeparture.kind", "is required: FIXED or PRO_RATA"));
        }
        if (nonSolicitation != null && nonSolicitation.kind() == null) {
            errors.add(new Violation("nonSolicitation.kind", "is required: PER_CLIENT or FIXED"));
        }
        if (early != null && early.kind() != null) {
            switch (early.kind()) {
                case FIXED -> {
                    requireAmount(errors, "earlyDeparture.fixedAmount", early.fixedAmount(), "a FIXED clause");
                    forbid(errors, "earlyDeparture.monthlyRate", early.monthlyRate(), "a FIXED clause");
                }
                case PRO_RATA -> {
                    requireAmount(errors, "earlyDeparture.monthlyRate", early.monthlyRate(), "a PRO_RATA clause");
                    forbid(errors, "earlyDeparture.fixedAmount", early.fixedAmount(), "a PRO_RATA clause");
                    if (committedTermEnd == null) {
                        errors.add(new Violation("committedTermEnd",
                                "is required by a PRO_RATA early-departure clause (months are counted up to it)"));
                    }
                }
            }
        }
        if (documentUse != null) {
            requireAmount(errors, "documentUse.penaltyPerViolation", documentUse.penaltyPerViolation(),
                    "the document-use clause");
        }
        if (nonSolicitation != null) {
            if (nonSolicitation.months() < 0 || nonSolicitation.months() > 120) {
                errors.add(new Violation("nonSolicitation.months", "must be between 0 and 120"));
            }
            requireAmount(errors, "nonSolicitation.amount", nonSolicitation.amount(), "the non-solicitation clause");
        }
        return errors;
    }

    /**
     * The version in force on {@code day}: the latest to have started on or before it; between versions that start
     * on the same day, the higher amendment wins.
     */
    public <T extends Dated> Optional<T> inForceOn(List<T> versions, LocalDate day) {
        T best = null;
        for (T v : versions) {
            if (v.startDate().isAfter(day)) {
                continue;
            }
            if (best == null || v.startDate().isAfter(best.startDate())
                    || (v.startDate().isEqual(best.startDate()) && v.amendment() > best.amendment())) {
                best = v;
            }
        }
        return Optional.ofNullable(best);
    }

    static boolean knownCurrency(String code) {
        if (code.length() != 3 || !code.equals(code.toUpperCase())) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void requireAmount(List<Violation> errors, String field, BigDecimal amount, String what) {
        if (amount == null) {
            errors.add(new Violation(field, "is required for " + what));
        } else if (amount.signum() < 0) {
            errors.add(new Violation(field, "must be >= 0"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            errors.add(new Violation(field, "must have at most 2 decimal places"));
        } else if (amount.compareTo(new BigDecimal("100000000000")) >= 0) {
            errors.add(new Violation(field, "is too large"));
        }
    }

    private static void forbid(List<Violation> errors, String field, BigDecimal amount, String what) {
        if (amount != null) {
            errors.add(new Violation(field, "must be empty for " + what));
        }
    }
}
