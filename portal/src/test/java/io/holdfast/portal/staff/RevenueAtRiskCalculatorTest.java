package io.holdfast.portal.staff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RevenueAtRiskCalculatorTest {

    private static RevenueAtRiskCalculator.Leaver leaver(String name, Map<String, BigDecimal> revenue) {
        return new RevenueAtRiskCalculator.Leaver(name, revenue);
    }

    @Test
    void largestRevenueFirstAsAFullBar() {
        var bars = RevenueAtRiskCalculator.bars(List.of(
                leaver("Anna", Map.of("EUR", new BigDecimal("50000"))),
                leaver("Mark", Map.of("EUR", new BigDecimal("200000")))));
        assertThat(bars).extracting(RevenueAtRiskCalculator.Bar::name).containsExactly("Mark", "Anna");
        assertThat(bars).extracting(RevenueAtRiskCalculator.Bar::length).containsExactly(100, 25);
        assertThat(bars).extracting(RevenueAtRiskCalculator.Bar::currency).containsOnly("EUR");
    }

    @Test
    void theChartIsInTheCurrencyMostLeaversClientsPayIn() {
        var bars = RevenueAtRiskCalculator.bars(List.of(
                leaver("Anna", Map.of("EUR", new BigDecimal("10"))),
                leaver("Mark", Map.of("EUR", new BigDecimal("20"), "USD", new BigDecimal("999"))),
                leaver("Ivan", Map.of("USD", new BigDecimal("5")))));
        assertThat(bars.getFirst().currency()).isEqualTo("EUR");
        assertThat(bars).filteredOn(b -> b.name().equals("Ivan")).singleElement()
                .satisfies(b -> assertThat(b.length()).isZero());
    }

    @Test
    void aLeaverWithoutClientsHasAnEmptyBar() {
        var bars = RevenueAtRiskCalculator.bars(List.of(leaver("Anna", Map.of())));
        assertThat(bars).singleElement().satisfies(b -> {
            assertThat(b.length()).isZero();
            assertThat(b.currency()).isNull();
        });
    }

    @Test
    void nobodyLeavingIsNoBars() {
        assertThat(RevenueAtRiskCalculator.bars(List.of())).isEmpty();
    }
}
