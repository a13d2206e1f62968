package io.holdfast.portal.clients;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceSummaryCalculatorTest {

    private static Map<String, Object> invoice(String status, String outstanding, String currency) {
        return Map.of("status", status, "outstanding", Map.of("amount", outstanding, "currency", currency));
    }

    @Test
    void countsByStatusAndAddsOutstandingPerCurrency() {
        var s = InvoiceSummaryCalculator.summarise(List.of(invoice("OVERDUE", "1000.00", "EUR"),
                invoice("PARTIALLY_PAID", "250.50", "EUR"), invoice("PAID", "0.00", "EUR")));
        assertThat(s.countByStatus()).containsEntry("OVERDUE", 1).containsEntry("PARTIALLY_PAID", 1).containsEntry("PAID", 1);
        assertThat(s.outstanding()).containsExactly(Map.entry("EUR", new BigDecimal("1250.50")));
        assertThat(s.overdue()).isEqualTo(1);
    }

    @Test
    void currenciesAreNeverAddedTogether() {
        var s = InvoiceSummaryCalculator.summarise(List.of(invoice("ISSUED", "10.00", "EUR"), invoice("ISSUED", "7.00", "USD")));
        assertThat(s.outstanding()).containsEntry("EUR", new BigDecimal("10.00")).containsEntry("USD", new BigDecimal("7.00"));
    }

    @Test
    void draftsAndVoidedInvoicesOweNothing() {
        var s = InvoiceSummaryCalculator.summarise(List.of(invoice("DRAFT", "99.00", "EUR"), invoice("VOID", "50.00", "EUR")));
        assertThat(s.outstanding()).isEmpty();
        assertThat(s.countByStatus()).containsEntry("DRAFT", 1).containsEntry("VOID", 1);
    }

    @Test
    void noInvoicesIsAnEmptySummary() {
        var s = InvoiceSummaryCalculator.summarise(List.of());
        assertThat(s.countByStatus()).isEmpty();
        assertThat(s.outstanding()).isEmpty();
        assertThat(s.overdue()).isZero();
    }
}
