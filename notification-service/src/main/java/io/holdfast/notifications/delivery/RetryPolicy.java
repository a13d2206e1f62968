package io.holdfast.notifications.delivery;

import java.time.Duration;

/**
 * When to try an e-mail again: exponential back-off from the first failure, capped, and a last attempt after
 * which the delivery is marked failed and shown to ops instead of being retried for ever.
 */
public final class RetryPolicy {

    private final Duration initial;
    private final double multiplier;
    private final Duration max;
    private final int maxAttempts;

    public RetryPolicy(Duration initial, double multiplier, Duration max, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.initial = initial;
        this.multiplier = multiplier;
        this.max = max;
        this.maxAttempts = maxAttempts;
    }

    /** The wait before the next attempt, after {@code failedAttempts} failures (1 for the first). */
    public Duration delayAfter(int failedAttempts) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }

    /** True when no attempt is left after {@code failedAttempts} failures. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
