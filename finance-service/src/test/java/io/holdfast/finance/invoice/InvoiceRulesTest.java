package io.holdfast.finance.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.holdfast.finance.invoice.PaymentAllocationPolicy.Accepted;
import io.holdfast.finance.invoice.PaymentAllocationPolicy.Refused;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvoiceRulesTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    @Nested
    class Numbering {
        @Test
        void theFirstNumberOfAYearIsOne() {
            assertThat(InvoiceNumberRule.next(null)).isEqualTo(1);
        }

        @Test
        void theNextNumberFollowsTheLastWithoutAGap() {
            assertThat(InvoiceNumberRule.next(41L)).isEqualTo(42);
        }

        @Test
        void theNumberCarriesCompanyYearAndAZeroPaddedSequence() {
            assertThat(InvoiceNumberRule.format("HF", 2026, 7)).isEqualTo("HF-2026-000007");
        }

        @Test
        void aSequenceBeyondSixDigitsIsNotCutOff() {
            assertThat(InvoiceNumberRule.format("HF", 2026, 1234567)).isEqualTo("HF-2026-1234567");
        }

        @Test
        void twoCompaniesHaveTheirOwnSeries() {
            assertThat(InvoiceNumberRule.format("HF", 2026, 1)).isNotEqualTo(InvoiceNumberRule.format("HX", 2026, 1));
        }

        @Test
        void aSequenceBelowOneIsRefused() {
            assertThatThrownBy(() -> InvoiceNumberRule.format("HF", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Amounts {
        @Test
        void netTaxAndTotalAreSumsOfRoundedLines() {
            var totals = InvoiceCalculator.price(List.of(
                    new InvoiceCalculator.Line("a", d("3"), d("33.33"), d("0.19")),
                    new InvoiceCalculator.Line("b", d("1"), d("0.05"), d("0.07"))));
            assertThat(totals.net()).isEqualByComparingTo("100.04");
            assertThat(totals.tax()).isEqualByComparingTo("19.00"); // 18.9981 → 19.00; 0.0035 → 0.00
            assertThat(totals.total()).isEqualByComparingTo("119.04");
        }

        @Test
        void halfACentRoundsUp() {
            var totals = InvoiceCalculator.price(List.of(new InvoiceCalculator.Line("a", d("1"), d("0.50"), d("0.01"))));
            assertThat(totals.tax()).isEqualByComparingTo("0.01");
        }

        @Test
        void fractionalQuantitiesArePriced() {
            var totals = InvoiceCalculator.price(List.of(new InvoiceCalculator.Line("hours", d("2.5"), d("80.00"), d("0"))));
            assertThat(totals.net()).isEqualByComparingTo("200.00");
            assertThat(totals.tax()).isEqualByComparingTo("0.00");
        }

        @Test
        void anInvoiceWithoutLinesIsRefused() {
            assertThatThrownBy(() -> InvoiceCalculator.price(List.of())).isInstanceOf(IllegalArgumentException.class);
            // a line whose total overflows, or lines that sum past the largest amount: the field is named
            BigDecimal max = new BigDecimal("999999999999999.99");
            assertThat(InvoiceCalculator.price(List.of(new InvoiceCalculator.Line("a", d("999999999999.9999"),
                    d("999999999999999.99"), d("0")))).firstBeyond(max)).contains("lines[0].net");
            assertThat(InvoiceCalculator.price(java.util.Collections.nCopies(3,
                    new InvoiceCalculator.Line("a", d("1"), d("500000000000000.00"), d("0")))).firstBeyond(max)).contains("total");
            assertThat(InvoiceCalculator.price(List.of(new InvoiceCalculator.Line("a", d("1"), max, d("0"))))
                    .firstBeyond(max)).isEmpty();
        }
    }

    @Nested
    class PaymentAllocation {
        @Test
        void aFullPaymentLeavesNothingOutstanding() {
            var a = (Accepted) PaymentAllocationPolicy.allocate(d("100.00"), d("0.00"), d("100.00"), "EUR", "EUR");
            assertThat(a.outstandingAfter()).isEqualByComparingTo("0");
            assertThat(a.paidAfter()).isEqualByComparingTo("100.00");
        }

        @Test
        void aPartialPaymentLeavesTheRest() {
            var a = (Accepted) PaymentAllocationPolicy.allocate(d("100.00"), d("30.00"), d("20.00"), "EUR", null);
            assertThat(a.paidAfter()).isEqualByComparingTo("50.00");
            assertThat(a.outstandingAfter()).isEqualByComparingTo("50.00");
        }

        @Test
        void anOverpaymentIsRefused() {
            assertThat(PaymentAllocationPolicy.allocate(d("100.00"), d("90.00"), d("10.01"), "EUR", "EUR"))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("PAYMENT_EXCEEDS_OUTSTANDING"));
        }

        @Test
        void aZeroPaymentIsRefused() {
            assertThat(PaymentAllocationPolicy.allocate(d("100.00"), d("0"), d("0.00"), "EUR", "EUR"))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("PAYMENT_NOT_POSITIVE"));
        }

        @Test
        void aNegativePaymentIsRefused() {
            assertThat(PaymentAllocationPolicy.allocate(d("100.00"), d("0"), d("-5"), "EUR", "EUR"))
                    .isInstanceOf(Refused.class);
        }

        @Test
        void aPaymentInAnotherCurrencyIsRefused() {
            assertThat(PaymentAllocationPolicy.allocate(d("100.00"), d("0"), d("10"), "EUR", "USD"))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("PAYMENT_CURRENCY_MISMATCH"));
        }

        @Test
        void fractionsOfACentAreRefused() {
            assertThat(PaymentAllocationPolicy.allocate(d("100.00"), d("0"), d("10.005"), "EUR", "EUR"))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("PAYMENT_FRACTION_OF_CENT"));
        }

        @Test
        void trailingZerosBeyondCentsAreFine() {
            assertThat(PaymentAllocationPolicy.allocate(d("100.00"), d("0"), d("10.000"), "EUR", "EUR"))
                    .isInstanceOf(Accepted.class);
        }
    }

    @Nested
    class StatusTransitions {
        @Test
        void onlyADraftIsIssued() {
            assertThat(InvoiceStatusRule.refuseIssue(InvoiceStatus.DRAFT)).isEmpty();
            for (InvoiceStatus s : List.of(InvoiceStatus.ISSUED, InvoiceStatus.PAID, InvoiceStatus.VOID,
                    InvoiceStatus.OVERDUE, InvoiceStatus.PARTIALLY_PAID)) {
                assertThat(InvoiceStatusRule.refuseIssue(s)).as(s.name()).isPresent();
            }
        }

        @Test
        void aDraftOrAnUnpaidIssuedInvoiceCanBeVoided() {
            assertThat(InvoiceStatusRule.refuseVoid(InvoiceStatus.DRAFT, d("0"))).isEmpty();
            assertThat(InvoiceStatusRule.refuseVoid(InvoiceStatus.ISSUED, d("0"))).isEmpty();
            assertThat(InvoiceStatusRule.refuseVoid(InvoiceStatus.OVERDUE, d("0.00"))).isEmpty();
        }

        @Test
        void anInvoiceWithPaymentsCannotBeVoided() {
            assertThat(InvoiceStatusRule.refuseVoid(InvoiceStatus.PARTIALLY_PAID, d("1"))).get()
                    .extracting(InvoiceStatusRule.Refusal::code).isEqualTo("INVOICE_HAS_PAYMENTS");
            assertThat(InvoiceStatusRule.refuseVoid(InvoiceStatus.OVERDUE, d("1"))).isPresent();
        }

        @Test
        void aPaidOrVoidInvoiceCannotBeVoided() {
            assertThat(InvoiceStatusRule.refuseVoid(InvoiceStatus.PAID, d("10"))).get()
                    .extracting(InvoiceStatusRule.Refusal::code).isEqualTo("INVOICE_CLOSED");
            assertThat(InvoiceStatusRule.refuseVoid(InvoiceStatus.VOID, d("0"))).isPresent();
        }

        @Test
        void onlyIssuedUnpaidInvoicesTakePayments() {
            assertThat(InvoiceStatusRule.refusePayment(InvoiceStatus.ISSUED)).isEmpty();
            assertThat(InvoiceStatusRule.refusePayment(InvoiceStatus.PARTIALLY_PAID)).isEmpty();
            assertThat(InvoiceStatusRule.refusePayment(InvoiceStatus.OVERDUE)).isEmpty();
            assertThat(InvoiceStatusRule.refusePayment(InvoiceStatus.DRAFT)).get()
                    .extracting(InvoiceStatusRule.Refusal::code).isEqualTo("INVOICE_NOT_ISSUED");
            assertThat(InvoiceStatusRule.refusePayment(InvoiceStatus.PAID)).isPresent();
            assertThat(InvoiceStatusRule.refusePayment(InvoiceStatus.VOID)).isPresent();
        }

        @Test
        void paidInFullIsPaidEvenWhenLate() {
            assertThat(InvoiceStatusRule.afterPayment(InvoiceStatus.OVERDUE, d("100"), d("100"), DUE, DUE.plusDays(9)))
                    .isEqualTo(InvoiceStatus.PAID);
        }

        @Test
        void partlyPaidBeforeTheDueDateIsPartiallyPaid() {
            assertThat(InvoiceStatusRule.afterPayment(InvoiceStatus.ISSUED, d("100"), d("40"), DUE, DUE))
                    .isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        }

        @Test
        void partlyPaidAfterTheDueDateIsOverdue() {
            assertThat(InvoiceStatusRule.afterPayment(InvoiceStatus.ISSUED, d("100"), d("40"), DUE, DUE.plusDays(1)))
                    .isEqualTo(InvoiceStatus.OVERDUE);
        }

        @Test
        void anOverdueInvoiceStaysOverdueUntilPaidInFull() {
            assertThat(InvoiceStatusRule.afterPayment(InvoiceStatus.OVERDUE, d("100"), d("99.99"), DUE, DUE))
                    .isEqualTo(InvoiceStatus.OVERDUE);
        }

        @Test
        void anInvoiceBecomesOverdueTheDayAfterItsDueDate() {
            assertThat(InvoiceStatusRule.becomesOverdue(InvoiceStatus.ISSUED, DUE, DUE)).isFalse();
            assertThat(InvoiceStatusRule.becomesOverdue(InvoiceStatus.ISSUED, DUE, DUE.plusDays(1))).isTrue();
            assertThat(InvoiceStatusRule.becomesOverdue(InvoiceStatus.PARTIALLY_PAID, DUE, DUE.plusDays(1))).isTrue();
        }

        @Test
        void paidVoidDraftAndAlreadyOverdueInvoicesDoNotBecomeOverdue() {
            for (InvoiceStatus s : List.of(InvoiceStatus.PAID, InvoiceStatus.VOID, InvoiceStatus.DRAFT,
                    InvoiceStatus.OVERDUE)) {
                assertThat(InvoiceStatusRule.becomesOverdue(s, DUE, DUE.plusDays(30))).as(s.name()).isFalse();
            }
        }

        @Test
        void openMeansStillOwed() {
            assertThat(InvoiceStatusRule.isOpen(InvoiceStatus.OVERDUE)).isTrue();
            assertThat(InvoiceStatusRule.isOpen(InvoiceStatus.PAID)).isFalse();
            assertThat(InvoiceStatusRule.isOpen(InvoiceStatus.DRAFT)).isFalse();
        }
    }
}
