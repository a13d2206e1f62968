package io.holdfast.portal.dashboard;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageCalculatorTest {

    private static Map<String, Object> due(String executiveState) {
        return Map.of("executive", Map.of("state", executiveState), "company", Map.of("state", "OK"));
    }

    @Test
    void noDueClientsMeansFullCoverage() {
        assertThat(CoverageCalculator.percentCovered(10, List.of())).isEqualTo(100);
    }

    @Test
    void onlyOverdueExecutiveTouchesLowerCoverage() {
        assertThat(CoverageCalculator.percentCovered(4, List.of(due("OVERDUE"), due("DUE")))).isEqualTo(75);
    }

    @Test
    void aClientDueOnlyForACompanyTouchIsStillCovered() {
        Map<String, Object> companyOverdue = Map.of("executive", Map.of("state", "OK"), "company", Map.of("state", "OVERDUE"));
        assertThat(CoverageCalculator.percentCovered(2, List.of(companyOverdue))).isEqualTo(100);
    }

    @Test
    void percentIsRoundedDownSoAlmostAllIsNotAll() {
        List<Map<String, Object>> one = List.of(due("OVERDUE"));
        assertThat(CoverageCalculator.percentCovered(300, one)).isEqualTo(99);
    }

    @Test
    void everyClientOverdueIsZero() {
        assertThat(CoverageCalculator.percentCovered(2, List.of(due("OVERDUE"), due("OVERDUE")))).isZero();
    }

    @Test
    void noClientsHasNoCoverageFigure() {
        assertThat(CoverageCalculator.percentCovered(0, List.of())).isNull();
    }

    @Test
    void moreOverdueThanClientsSeenNeverGoesNegative() {
        assertThat(CoverageCalculator.percentCovered(1, List.of(due("OVERDUE"), due("OVERDUE")))).isZero();
    }
}
