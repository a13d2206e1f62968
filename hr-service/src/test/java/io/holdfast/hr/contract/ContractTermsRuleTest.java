package io.holdfast.hr.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.holdfast.contracts.hr.DocumentUseClause;
import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.NonSolicitationClause;
import io.holdfast.hr.contract.ContractTermsRule.Violation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContractTermsRuleTest {

    private final ContractTermsRule rule = new ContractTermsRule();
    private static final DocumentUseClause DOCS = new DocumentUseClause(new BigDecimal("1000"));
    private static final NonSolicitationClause NON_SOL = new NonSolicitationClause(12,
            NonSolicitationClause.Kind.PER_CLIENT, new BigDecimal("20000"));
    private static final EarlyDepartureClause FIXED = new EarlyDepartureClause(EarlyDepartureClause.Kind.FIXED,
            new BigDecimal("5000"), null);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void validTermsHaveNoViolations() {
        assertThat(rule.check(d("2026-01-01"), d("2026-01-15"), d("2028-01-14"), "EUR", FIXED, DOCS, NON_SOL)).isEmpty();
    }

    @Test
    void startBeforeSignatureIsRejected() {
        assertThat(fields(rule.check(d("2026-02-01"), d("2026-01-15"), null, "EUR", FIXED, DOCS, NON_SOL)))
                .containsExactly("startDate");
    }

    @Test
    void termEndOnOrBeforeStartIsRejected() {
        assertThat(fields(rule.check(d("2026-01-01"), d("2026-01-15"), d("2026-01-15"), "EUR", FIXED, DOCS, NON_SOL)))
                .containsExactly("committedTermEnd");
    }

    @Test
    void unknownCurrencyIsRejected() {
        assertThat(fields(rule.check(d("2026-01-01"), d("2026-01-01"), null, "XYZ", FIXED, DOCS, NON_SOL)))
                .containsExactly("currency");
        assertThat(fields(rule.check(d("2026-01-01"), d("2026-01-01"), null, "eur", FIXED, DOCS, NON_SOL)))
                .containsExactly("currency");
    }

    @Test
    void negativeAmountsAreRejectedFieldByField() {
        var early = new EarlyDepartureClause(EarlyDepartureClause.Kind.FIXED, new BigDecimal("-1"), null);
        var docs = new DocumentUseClause(new BigDecimal("-0.01"));
        var nonSol = new NonSolicitationClause(6, NonSolicitationClause.Kind.FIXED, new BigDecimal("-5"));
        assertThat(fields(rule.check(d("2026-01-01"), d("2026-01-01"), null, "EUR", early, docs, nonSol)))
                .containsExactly("earlyDeparture.fixedAmount", "documentUse.penaltyPerViolation",
                        "nonSolicitation.amount");
    }

    @Test
    void zeroAmountsAreAllowed() {
        var early = new EarlyDepartureClause(EarlyDepartureClause.Kind.FIXED, BigDecimal.ZERO, null);
        assertThat(rule.check(d("2026-01-01"), d("2026-01-01"), null, "EUR", early,
                new DocumentUseClause(BigDecimal.ZERO),
                new NonSolicitationClause(0, NonSolicitationClause.Kind.FIXED, BigDecimal.ZERO))).isEmpty();
    }

    @Test
    void proRataNeedsARateAndATermEnd() {
        var early = new EarlyDepartureClause(EarlyDepartureClause.Kind.PRO_RATA, null, null);
        assertThat(fields(rule.check(d("2026-01-01"), d("2026-01-01"), null, "EUR", early, DOCS, NON_SOL)))
                .containsExactly("earlyDeparture.monthlyRate", "committedTermEnd");
    }

    @Test
    void fixedClauseMustNotCarryARate() {
        var early = new EarlyDepartureClause(EarlyDepartureClause.Kind.FIXED, BigDecimal.TEN, BigDecimal.ONE);
        assertThat(fields(rule.check(d("2026-01-01"), d("2026-01-01"), null, "EUR", early, DOCS, NON_SOL)))
                .containsExactly("earlyDeparture.monthlyRate");
    }

    @Test
    void moreThanTwoDecimalsIsRejected() {
        var docs = new DocumentUseClause(new BigDecimal("10.005"));
        assertThat(fields(rule.check(d("2026-01-01"), d("2026-01-01"), null, "EUR", FIXED, docs, NON_SOL)))
                .containsExactly("documentUse.penaltyPerViolation");
    }

    @Test
    void negativeNonSolicitationMonthsAreRejected() {
        var nonSol = new NonSolicitationClause(-1, NonSolicitationClause.Kind.FIXED, BigDecimal.TEN);
        assertThat(fields(rule.check(d("2026-01-01"), d("2026-01-01"), null, "EUR", FIXED, DOCS, nonSol)))
                .containsExactly("nonSolicitation.months");
    }

    record V(LocalDate startDate, int amendment) implements ContractTermsRule.Dated {
    }

    @Test
    void inForceIsTheLatestStartedVersion() {
        var original = new V(d("2025-01-01"), 0);
        var amendment = new V(d("2026-01-01"), 1);
        assertThat(rule.inForceOn(List.of(original, amendment), d("2025-12-31"))).contains(original);
        assertThat(rule.inForceOn(List.of(original, amendment), d("2026-01-01"))).contains(amendment);
        assertThat(rule.inForceOn(List.of(amendment, original), d("2026-06-01"))).contains(amendment);
    }

    @Test
    void anAmendmentThatStartsAfterTheLastDayIsNotInForce() {
        var original = new V(d("2025-01-01"), 0);
        var future = new V(d("2027-01-01"), 1);
        assertThat(rule.inForceOn(List.of(original, future), d("2026-06-30"))).contains(original);
    }

    @Test
    void sameStartDateTheHigherAmendmentWins() {
        var a = new V(d("2026-01-01"), 1);
        var b = new V(d("2026-01-01"), 2);
        assertThat(rule.inForceOn(List.of(b, a), d("2026-02-01"))).contains(b);
    }

    @Test
    void noVersionStartedMeansNoneInForce() {
        assertThat(rule.inForceOn(List.of(new V(d("2026-01-01"), 0)), d("2025-12-31"))).isEmpty();
        assertThat(rule.inForceOn(List.<V>of(), d("2025-12-31"))).isEmpty();
    }
}
