package io.holdfast.clients.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessAnomalyRuleTest {

    static final AccessAnomalyRule.Settings SETTINGS = new AccessAnomalyRule.Settings(40, 3.0, 10);

    @Test
    void aNormalHourIsNotUnusual() {
        assertThat(AccessAnomalyRule.judge(8, 6.0, SETTINGS)).isEmpty();
    }

    @Test
    void exactlyTheThresholdIsNotYetUnusual() {
        assertThat(AccessAnomalyRule.judge(40, 30.0, SETTINGS)).isEmpty();
    }

    @Test
    void oneAboveTheThresholdIsUnusualWhateverTheHabit() {
        assertThat(AccessAnomalyRule.judge(41, 40.0, SETTINGS)).hasValueSatisfying(r -> assertThat(r).contains("limit of 40"));
    }

    @Test
    void wellAboveTheUsualIsUnusualBelowTheThreshold() {
        assertThat(AccessAnomalyRule.judge(25, 5.0, SETTINGS)).hasValueSatisfying(r -> assertThat(r).contains("usual 5.0"));
    }

    @Test
    void exactlyTheFactorTimesTheUsualIsNotUnusual() {
        assertThat(AccessAnomalyRule.judge(15, 5.0, SETTINGS)).isEmpty();
    }

    @Test
    void aQuietUserOpeningAFewClientsIsNotReportedEvenIfManyTimesTheirUsual() {
        assertThat(AccessAnomalyRule.judge(9, 1.0, SETTINGS)).isEmpty();
    }

    @Test
    void theMinimumItselfCountsWhenWellAboveTheUsual() {
        assertThat(AccessAnomalyRule.judge(10, 1.0, SETTINGS)).isPresent();
    }

    @Test
    void aUserWithoutHistoryIsJudgedOnlyByTheThreshold() {
        assertThat(AccessAnomalyRule.judge(30, 0.0, SETTINGS)).isEmpty();
        assertThat(AccessAnomalyRule.judge(41, 0.0, SETTINGS)).isPresent();
    }
}
