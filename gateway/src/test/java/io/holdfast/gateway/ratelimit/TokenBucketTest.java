package io.holdfast.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void fullBucketAllowsTheWholeBurst() {
        TokenBucket bucket = new TokenBucket(1, 3, 0);
        assertThat(bucket.take(1, 0).allowed()).isTrue();
        assertThat(bucket.take(1, 0).allowed()).isTrue();
        TokenBucket.Outcome third = bucket.take(1, 0);
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
    }

    @Test
    void emptyBucketRefusesAndSaysWhenToComeBack() {
        TokenBucket bucket = new TokenBucket(1, 1, 0);
        bucket.take(1, 0);
        TokenBucket.Outcome refused = bucket.take(1, 0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void tokensComeBackAtTheReplenishRate() {
        TokenBucket bucket = new TokenBucket(2, 2, 0);
        bucket.take(1, 0);
        bucket.take(1, 0);
        assertThat(bucket.take(1, SECOND / 4).allowed()).isFalse();
        assertThat(bucket.take(1, SECOND / 2 + 1).allowed()).isTrue();
    }

    @Test
    void refillNeverExceedsTheBurstCapacity() {
        TokenBucket bucket = new TokenBucket(10, 2, 0);
        TokenBucket.Outcome afterLongIdle = bucket.take(1, 3600 * SECOND);
        assertThat(afterLongIdle.remaining()).isEqualTo(1);
    }

    @Test
    void slowRefillGivesALongerRetryAfter() {
        TokenBucket bucket = new TokenBucket(1, 5, 0);
        TokenBucket.Outcome refused = bucket.take(8, 0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(3);
    }

    @Test
    void clockGoingBackwardsDoesNotMintTokens() {
        TokenBucket bucket = new TokenBucket(1, 1, 10 * SECOND);
        bucket.take(1, 10 * SECOND);
        assertThat(bucket.take(1, 5 * SECOND).allowed()).isFalse();
    }

    @Test
    void nonPositiveLimitsAreRejected() {
        assertThatThrownBy(() -> new TokenBucket(0, 5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replenishRate");
        assertThatThrownBy(() -> new TokenBucket(5, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
