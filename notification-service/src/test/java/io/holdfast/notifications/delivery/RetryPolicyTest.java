package io.holdfast.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofMinutes(1), 5);

    @Test
    void theFirstRetryWaitsTheInitialBackOff() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void eachFailureDoublesTheWait() {
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theWaitIsCappedAtTheMaximum() {
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(30)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theLastAttemptExhaustsThePolicy() {
        assertThat(policy.exhausted(4)).isFalse();
        assertThat(policy.exhausted(5)).isTrue();
    }

    @Test
    void atLeastOneAttemptIsRequired() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), 2, Duration.ofSeconds(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
