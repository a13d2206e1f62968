package io.holdfast.portal.staff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DepartureImpactCalculatorTest {

    private static Map<String, Object> client(String id, String status, String amount, String currency) {
        return Map.of("id", id, "name", "Client " + id, "status", status,
                "yearlyRevenue", Map.of("amount", amount, "currency", currency));
    }

    private static Map<String, Object> risk(String clientId, String band, int score) {
        return Map.of("clientId", clientId, "band", band, "score", score);
    }

    @Test
    void countsTheClientsWithTheirRiskAndAddsRevenuePerCurrency() {
        var impact = DepartureImpactCalculator.impact(
                List.of(client("a", "ACTIVE", "100000.00", "EUR"), client("b", "AT_RISK", "50000.50", "EUR"),
                        client("c", "ACTIVE", "20000", "USD")),
                List.of(risk("a", "HIGH", 70), risk("b", "MEDIUM", 40), risk("z", "HIGH", 90)));
        assertThat(impact.clients()).hasSize(3);
        assertThat(impact.highRisk()).isEqualTo(1);
        assertThat(impact.mediumRisk()).isEqualTo(1);
        assertThat(impact.revenueAtStake()).containsEntry("EUR", new BigDecimal("150000.50"))
                .containsEntry("USD", new BigDecimal("20000"));
    }

    @Test
    void churnedClientsAreNoLongerAtStake() {
        var impact = DepartureImpactCalculator.impact(List.of(client("a", "CHURNED", "100", "EUR")), List.of());
        assertThat(impact.clients()).isEmpty();
        assertThat(impact.revenueAtStake()).isEmpty();
    }

    @Test
    void aClientWithoutAnAssessmentHasNoBand() {
        var impact = DepartureImpactCalculator.impact(List.of(client("a", "ACTIVE", "1", "EUR")), List.of());
        assertThat(impact.clients().getFirst().band()).isNull();
        assertThat(impact.clients().getFirst().score()).isNull();
        assertThat(impact.highRisk()).isZero();
    }

    @Test
    void nobodyManagedMeansNothingAtStake() {
        var impact = DepartureImpactCalculator.impact(List.of(), List.of(risk("a", "HIGH", 70)));
        assertThat(impact.clients()).isEmpty();
        assertThat(impact.highRisk()).isZero();
    }
}
