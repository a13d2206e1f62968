package io.holdfast.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    /** One budget per person (token subject), or per client address for the rare anonymous request. */
    @Bean
    @Primary
    KeyResolver userKeyResolver() {
        return exchange -> exchange.getPrincipal()
                .map(principal -> "user:" + principal.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> {
                    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
                    return "ip:" + (remote == null ? "unknown" : remote.getAddress().getHostAddress());
                }));
    }

    @Bean
    @Primary
    UserRateLimiter userRateLimiter(RedisRateLimiter redisRateLimiter, ReactiveRedisConnectionFactory redis,
                                    @Value("${holdfast.rate-limit.replenish-rate}") int replenishRate,
                                    @Value("${holdfast.rate-limit.burst-capacity}") long burstCapacity,
                                    @Value("${holdfast.rate-limit.redis-check-timeout:2s}") Duration checkTimeout) {
        RedisRateLimiter.Config defaults = new RedisRateLimiter.Config()
                .setReplenishRate(replenishRate).setBurstCapacity(burstCapacity).setRequestedTokens(1);
        boolean available = redisAnswers(redis, checkTimeout);
        if (available) {
            log.info("Rate limits are kept in Redis ({} requests/s per user, bursts of {})", replenishRate, burstCapacity);
        } else {
            log.warn("Redis does not answer: rate limits fall back to an in-memory limiter in this gateway instance "
                    + "(not shared between instances, reset on restart). Start Redis on spring.data.redis.host/port "
                    + "and restart the gateway to share them.");
        }
        return new UserRateLimiter(redisRateLimiter, available, defaults);
    }

    private static boolean redisAnswers(ReactiveRedisConnectionFactory redis, Duration timeout) {
        try {
            String pong = Mono.usingWhen(Mono.fromSupplier(redis::getReactiveConnection),
                            connection -> connection.ping(),
                            connection -> connection.closeLater())
                    .block(timeout);
            return "PONG".equalsIgnoreCase(pong);
        } catch (RuntimeException notThere) {
            log.debug("Redis check failed", notThere);
            return false;
        }
    }
}
