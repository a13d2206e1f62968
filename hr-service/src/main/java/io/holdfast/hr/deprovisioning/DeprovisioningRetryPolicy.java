package io.holdfast.hr.deprovisioning;

import java.time.Duration;

/**
 * Exponential back-off between Keycloak attempts, capped; after {@code alertAfterAttempts} failures people are
 * told (ops and owner), while the retries go on: a former employee's access must end eventually.
 */
public final class DeprovisioningRetryPolicy {

    private final Duration initialDelay;
    private final Duration maxDelay;
    private final int alertAfterAttempts;

    public DeprovisioningRetryPolicy(Duration initialDelay, Duration maxDelay, int alertAfterAttempts) {
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0
                || alertAfterAttempts < 1) {
            throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay and alertAfterAttempts >= 1");
        }
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.alertAfterAttempts = alertAfterAttempts;
    }

    /** Wait before the next attempt after {@code failedAttempts} failures (1 → initial, doubling, capped). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        Duration delay = initialDelay;
        for (int i = 1; i < failedAttempts; i++) {
            delay = delay.multipliedBy(2);
            if (delay.compareTo(maxDelay) >= 0) {
                return maxDelay;
            }
        }
        return delay;
    }

    /** True when this failure is the one that makes the state FAILED and raises it to people. */
    public boolean isFailed(int failedAttempts) {
        return failedAttempts >= alertAfterAttempts;
    }

    public int alertAfterAttempts() {
        return alertAfterAttempts;
    }
}
