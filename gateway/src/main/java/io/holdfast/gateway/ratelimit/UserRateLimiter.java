package io.holdfast.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * The gateway's rate limiter: Redis (shared by every gateway instance) when Redis answered at startup, else a
 * token bucket per key in this JVM. Limits come from the route's {@code redis-rate-limiter.*} arguments in
 * both cases. Every refusal carries {@code Retry-After}.
 */
public class UserRateLimiter implements RateLimiter<RedisRateLimiter.Config> {

    private final RedisRateLimiter redis;
    private final boolean redisAvailable;
    private final RedisRateLimiter.Config defaults;
    private final Map<String, TokenBucket> localBuckets = new ConcurrentHashMap<>();

    public UserRateLimiter(RedisRateLimiter redis, boolean redisAvailable, RedisRateLimiter.Config defaults) {
        this.redis = redis;
        this.redisAvailable = redisAvailable;
        this.defaults = defaults;
    }

    public boolean usesRedis() {
        return redisAvailable;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        RedisRateLimiter.Config limits = getConfig().getOrDefault(routeId, defaults);
        Mono<Response> answer = redisAvailable ? redis.isAllowed(routeId, id) : Mono.fromSupplier(() -> local(routeId, id, limits));
        return answer.map(response -> response.isAllowed() ? response : withRetryAfter(response, limits));
    }

    private Response local(String routeId, String id, RedisRateLimiter.Config limits) {
        // one budget per person across the routes, as Redis keeps it (its keys name the person only)
        TokenBucket bucket = localBuckets.computeIfAbsent(id,
                key -> new TokenBucket(limits.getReplenishRate(), limits.getBurstCapacity(), System.nanoTime()));
        TokenBucket.Outcome outcome = bucket.take(limits.getRequestedTokens(), System.nanoTime());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RedisRateLimiter.REMAINING_HEADER, Long.toString(outcome.remaining()));
        if (!outcome.allowed()) {
            headers.put("Retry-After", Long.toString(outcome.retryAfterSeconds()));
        }
        return new Response(outcome.allowed(), headers);
    }

    private static Response withRetryAfter(Response refused, RedisRateLimiter.Config limits) {
        if (refused.getHeaders().containsKey("Retry-After")) {
            return refused;
        }
        Map<String, String> headers = new LinkedHashMap<>(refused.getHeaders());
        headers.put("Retry-After", Long.toString(
                RetryAfterRule.seconds(limits.getReplenishRate(), limits.getRequestedTokens())));
        return new Response(false, headers);
    }

    @Override
    public Map<String, RedisRateLimiter.Config> getConfig() {
        return redis.getConfig();
    }

    @Override
    public Class<RedisRateLimiter.Config> getConfigClass() {
        return RedisRateLimiter.Config.class;
    }

    @Override
    public RedisRateLimiter.Config newConfig() {
        return new RedisRateLimiter.Config();
    }
}
