package io.holdfast.clients.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.handover.DepartureImpact.AtStake;
import io.holdfast.contracts.crm.ClientRiskChanged.Band;
import org.junit.jupiter.api.Test;

class DepartureImpactTest {

    static AtStake client(String revenue, String currency, Band band) {
        return new AtStake(UUID.randomUUID(), "Client", revenue, currency, band, band == null ? null : 50,
                band == null ? List.of() : List.of("some reason"));
    }

    @Test
    void aManagerWithoutClientsPutsNothingAtStake() {
        DepartureImpact impact = DepartureImpact.of("m", List.of());
        assertThat(impact.clientCount()).isZero();
        assertThat(impact.highRiskCount()).isZero();
        assertThat(impact.revenueByCurrency()).isEmpty();
        assertThat(impact.clients()).isEmpty();
    }

    @Test
    void revenueIsSummedPerCurrencyAsExactDecimalStringsNeverConverted() {
        DepartureImpact impact = DepartureImpact.of("m", List.of(client("0.10", "EUR", Band.LOW),
                client("0.20", "EUR", Band.LOW), client("1000000000000.05", "EUR", null), client("99.99", "USD", null)));
        // 0.1 + 0.2 as doubles would be 0.30000000000000004
        assertThat(impact.revenueByCurrency()).containsExactly(Map.entry("EUR", "1000000000000.35"),
                Map.entry("USD", "99.99"));
        assertThat(impact.clientCount()).isEqualTo(4);
    }

    @Test
    void onlyHighBandCountsAsHighRiskAndAClientNotYetAssessedDoesNot() {
        DepartureImpact impact = DepartureImpact.of("m", List.of(client("1.00", "EUR", Band.HIGH),
                client("1.00", "EUR", Band.MEDIUM), client("1.00", "EUR", null), client("1.00", "EUR", Band.HIGH)));
        assertThat(impact.highRiskCount()).isEqualTo(2);
    }
}
