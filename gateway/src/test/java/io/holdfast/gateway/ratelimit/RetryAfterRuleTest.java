package io.holdfast.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryAfterRuleTest {

    @Test
    void oneTokenPerSecondMeansOneSecond() {
        assertThat(RetryAfterRule.seconds(1, 1)).isEqualTo(1);
    }

    @Test
    void fastRefillStillSaysAtLeastOneSecond() {
        assertThat(RetryAfterRule.seconds(50, 1)).isEqualTo(1);
    }

    @Test
    void expensiveRequestsWaitLonger() {
        assertThat(RetryAfterRule.seconds(2, 5)).isEqualTo(3);
    }

    @Test
    void zeroRequestedTokensCountAsOne() {
        assertThat(RetryAfterRule.seconds(1, 0)).isEqualTo(1);
    }

    @Test
    void zeroReplenishRateIsAConfigurationError() {
        assertThatThrownBy(() -> RetryAfterRule.seconds(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
