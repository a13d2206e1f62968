package io.holdfast.hr.deprovisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DeprovisioningRetryPolicyTest {

    private final DeprovisioningRetryPolicy policy = new DeprovisioningRetryPolicy(Duration.ofSeconds(5),
            Duration.ofMinutes(5), 3);

    @Test
    void firstRetryWaitsTheInitialDelay() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void delayDoublesWithEachFailure() {
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void delayIsCappedAtTheMaximumEvenAfterManyFailures() {
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void noFailureNoDelay() {
        assertThat(policy.delayAfter(0)).isZero();
    }

    @Test
    void failedOnlyFromTheAlertThreshold() {
        assertThat(policy.isFailed(2)).isFalse();
        assertThat(policy.isFailed(3)).isTrue();
        assertThat(policy.isFailed(4)).isTrue();
    }

    @Test
    void inconsistentSettingsAreRefused() {
        assertThatThrownBy(() -> new DeprovisioningRetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeprovisioningRetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeprovisioningRetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
