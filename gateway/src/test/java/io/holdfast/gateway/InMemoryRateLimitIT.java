package io.holdfast.gateway;

import java.util.List;
import java.util.UUID;

import io.holdfast.gateway.ratelimit.UserRateLimiter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Without Redis the gateway still limits, in memory, and says so at startup. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"holdfast.rate-limit.replenish-rate=1", "holdfast.rate-limit.burst-capacity=3"})
class InMemoryRateLimitIT {

    @LocalServerPort
    int port;

    @Autowired
    UserRateLimiter limiter;

    @DynamicPropertySource
    static void noRedis(DynamicPropertyRegistry registry) {
        RateLimitScenario.register(registry);
        registry.add("spring.data.redis.port", () -> FakeServices.CLOSED_PORT);
    }

    @Test
    void burstGets429WithRetryAfterFromTheInMemoryLimiterAndTheStartupSaidSo(CapturedOutput output) {
        assertThat(limiter.usesRedis()).isFalse();
        assertThat(output.getAll()).contains("WARN", "Redis does not answer: rate limits fall back to an in-memory limiter");

        String person = UUID.randomUUID().toString();
        List<EntityExchangeResult<byte[]>> answers = RateLimitScenario.burst(port, person, 15);
        // one budget per person, as in Redis: another route right after the burst is no way around it (a budget
        // per route would let these three through: its burst is 3)
        List<EntityExchangeResult<byte[]>> elsewhere = RateLimitScenario.burst(port, person, 3, "/api/hr/employees");
        assertThat(elsewhere).anySatisfy(answer -> assertThat(answer.getStatus().value()).isEqualTo(429));

        assertThat(answers.subList(0, 3)).allSatisfy(answer -> assertThat(answer.getStatus().value()).isEqualTo(200));
        List<EntityExchangeResult<byte[]>> refused = answers.stream()
                .filter(answer -> answer.getStatus().value() == 429).toList();
        // 1 token/s comes back while the burst runs, so not every call after the third is refused
        assertThat(refused).hasSizeGreaterThanOrEqualTo(4);
        assertThat(refused).allSatisfy(answer ->
                assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1"));
    }
}
