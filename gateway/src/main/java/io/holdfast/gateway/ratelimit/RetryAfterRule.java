package io.holdfast.gateway.ratelimit;

/**
 * How long a refused caller should wait: the time the bucket needs to refill one request's tokens, rounded
 * up to whole seconds (HTTP {@code Retry-After} is in seconds) and never 0, which would invite a hot loop.
 */
public final class RetryAfterRule {

    private RetryAfterRule() {
    }

    public static long seconds(int replenishRate, int requestedTokens) {
        if (replenishRate <= 0) {
            throw new IllegalArgumentException("replenishRate must be positive, was " + replenishRate);
        }
        return Math.max(1, (long) Math.ceil((double) Math.max(1, requestedTokens) / replenishRate));
    }
}
