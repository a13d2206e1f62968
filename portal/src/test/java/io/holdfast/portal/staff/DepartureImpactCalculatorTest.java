package io.holdfast.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DepartureImpactCalculatorTest {

    private static Map<String, Object> atStake(String id, String amount, String currency, String band, Integer score) {
        Map<String, Object> client = new HashMap<>();
        client.put("clientId", id);
        client.put("name", "Client " + id);
        client.put("yearlyRevenue", amount);
        client.put("currency", currency);
        client.put("band", band);
        client.put("score", score);
        return client;
    }

    @Test
    void readsTheClientsWithTheirRiskAndTheRevenuePerCurrency() {
        var impact = DepartureImpactCalculator.impact(Map.of(
                "clients", List.of(atStake("a", "100000.00", "EUR", "HIGH", 70), atStake("b", "50000.50", "EUR", "MEDIUM", 40),
                        atStake("c", "20000", "USD", "LOW", 10)),
                "revenueByCurrency", Map.of("EUR", "150000.50", "USD", "20000")));
        assertThat(impact.clients()).hasSize(3);
        assertThat(impact.highRisk()).isEqualTo(1);
        assertThat(impact.mediumRisk()).isEqualTo(1);
        assertThat(impact.revenueAtStake()).containsEntry("EUR", new BigDecimal("150000.50"))
                .containsEntry("USD", new BigDecimal("20000"));
        assertThat(impact.clients().getFirst().yearlyRevenue()).isEqualTo(Map.of("amount", "100000.00", "currency", "EUR"));
    }

    @Test
    void aClientWithoutAnAssessmentHasNoBand() {
        var impact = DepartureImpactCalculator.impact(Map.of("clients", List.of(atStake("a", "1", "EUR", null, null)),
                "revenueByCurrency", Map.of("EUR", "1")));
        assertThat(impact.clients().getFirst().band()).isNull();
        assertThat(impact.clients().getFirst().score()).isNull();
        assertThat(impact.highRisk()).isZero();
    }

    @Test
    void nobodyManagedMeansNothingAtStake() {
        var impact = DepartureImpactCalculator.impact(Map.of("clients", List.of(), "revenueByCurrency", Map.of()));
        assertThat(impact.clients()).isEmpty();
        assertThat(impact.revenueAtStake()).isEmpty();
        assertThat(impact.highRisk()).isZero();
    }

    @Test
    void revenueOfPeopleAlreadyLeavingSkipsChurnedClients() {
        var revenue = DepartureImpactCalculator.revenueByCurrency(List.of(
                Map.of("status", "ACTIVE", "yearlyRevenue", Map.of("amount", "100.00", "currency", "EUR")),
                Map.of("status", "CHURNED", "yearlyRevenue", Map.of("amount", "50.00", "currency", "EUR"))));
        assertThat(revenue).containsExactly(Map.entry("EUR", new BigDecimal("100.00")));
    }
}
