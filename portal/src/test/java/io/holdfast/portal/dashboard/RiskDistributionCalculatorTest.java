package io.holdfast.portal.dashboard;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RiskDistributionCalculatorTest {

    private static Map<String, Object> band(String band) {
        return Map.of("band", band);
    }

    @Test
    void countsEachBandInLowMediumHighOrder() {
        var bars = RiskDistributionCalculator.bars(List.of(band("HIGH"), band("LOW"), band("HIGH"), band("MEDIUM")));
        assertThat(bars).extracting(RiskDistributionCalculator.Bar::band).containsExactly("LOW", "MEDIUM", "HIGH");
        assertThat(bars).extracting(RiskDistributionCalculator.Bar::count).containsExactly(1L, 1L, 2L);
    }

    @Test
    void theLargestBandIsAFullBarAndTheOthersInProportion() {
        var bars = RiskDistributionCalculator.bars(List.of(band("HIGH"), band("LOW"), band("LOW"), band("LOW"), band("LOW")));
        assertThat(bars).extracting(RiskDistributionCalculator.Bar::length).containsExactly(100, 0, 25);
    }

    @Test
    void noClientsGivesEmptyBars() {
        assertThat(RiskDistributionCalculator.bars(List.of())).extracting(RiskDistributionCalculator.Bar::length)
                .containsExactly(0, 0, 0);
    }

    @Test
    void anUnknownBandIsNotCounted() {
        assertThat(RiskDistributionCalculator.bars(List.of(band("EXTREME"), band("LOW"))))
                .extracting(RiskDistributionCalculator.Bar::count).containsExactly(1L, 0L, 0L);
    }
}
