package io.holdfast.gateway.ratelimit;

/**
 * The same token-bucket rule the Redis script applies, for one key in one JVM: {@code burstCapacity} tokens at
 * most, {@code replenishRate} tokens back per second, each request takes {@code requestedTokens}.
 * Used only when Redis is not there; thread-safe.
 */
public final class TokenBucket {

    private final int replenishRate;
    private final long burstCapacity;
    private double tokens;
    private long lastRefillNanos;

    public TokenBucket(int replenishRate, long burstCapacity, long nowNanos) {
        if (replenishRate <= 0 || burstCapacity <= 0) {
            throw new IllegalArgumentException("replenishRate and burstCapacity must be positive, were "
                    + replenishRate + " and " + burstCapacity);
        }
        this.replenishRate = replenishRate;
        this.burstCapacity = burstCapacity;
        this.tokens = burstCapacity;
        this.lastRefillNanos = nowNanos;
    }

    /** Takes the tokens if there are enough; the answer says what is left and how long to wait otherwise. */
    public synchronized Outcome take(int requestedTokens, long nowNanos) {
        double elapsedSeconds = Math.max(0, nowNanos - lastRefillNanos) / 1_000_000_000.0;
        tokens = Math.min(burstCapacity, tokens + elapsedSeconds * replenishRate);
        lastRefillNanos = Math.max(lastRefillNanos, nowNanos);
        if (tokens >= requestedTokens) {
            tokens -= requestedTokens;
            return new Outcome(true, (long) Math.floor(tokens), 0);
        }
        long waitSeconds = (long) Math.ceil((requestedTokens - tokens) / replenishRate);
        return new Outcome(false, (long) Math.floor(tokens), Math.max(1, waitSeconds));
    }

    /**
     * @param allowed           whether the request may pass
     * @param remaining         whole tokens left
     * @param retryAfterSeconds when refused, the seconds until enough tokens are back (at least 1)
     */
    public record Outcome(boolean allowed, long remaining, long retryAfterSeconds) {
    }
}
