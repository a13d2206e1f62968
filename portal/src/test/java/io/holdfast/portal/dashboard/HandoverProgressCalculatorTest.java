package io.holdfast.portal.dashboard;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HandoverProgressCalculatorTest {

    private static Map<String, Object> job(int done, int total) {
        return Map.of("kind", "PLAN", "done", done, "total", total);
    }

    @Test
    void doneOverTotalAcrossJobs() {
        assertThat(HandoverProgressCalculator.percentDone(List.of(job(4, 4), job(0, 12)))).isEqualTo(25);
    }

    @Test
    void finishedIsHundred() {
        assertThat(HandoverProgressCalculator.percentDone(List.of(job(5, 5)))).isEqualTo(100);
    }

    @Test
    void noJobsYetIsUnknownNotZero() {
        assertThat(HandoverProgressCalculator.percentDone(List.of())).isNull();
        assertThat(HandoverProgressCalculator.percentDone(List.of(job(0, 0)))).isNull();
    }

    @Test
    void moreDoneThanTotalIsCappedAtHundred() {
        assertThat(HandoverProgressCalculator.percentDone(List.of(job(7, 5)))).isEqualTo(100);
    }

    @Test
    void missingNumbersCountAsNothing() {
        assertThat(HandoverProgressCalculator.percentDone(List.of(Map.of("kind", "PLAN"), job(1, 2)))).isEqualTo(50);
    }
}
