package io.holdfast.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.holdfast.gateway.ratelimit.UserRateLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-user rate limits kept in a real Redis: the machine's at 127.0.0.1:6379, else one of the test's own ({@link TestRedis}). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"holdfast.rate-limit.replenish-rate=1", "holdfast.rate-limit.burst-capacity=5"})
class RateLimitIT {

    @LocalServerPort
    int port;

    @Autowired
    UserRateLimiter limiter;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RateLimitScenario.register(registry);
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", TestRedis::port);
    }

    @Test
    void burstBeyondTheLimitGets429WithRetryAfterAndBudgetsAreKeptInRedis() {
        assertThat(limiter.usesRedis()).as("the test's Redis (port %d) must answer", TestRedis.port()).isTrue();
        String person = UUID.randomUUID().toString();

        List<EntityExchangeResult<byte[]>> answers = RateLimitScenario.burst(port, person, 20);

        assertThat(answers).extracting(answer -> answer.getStatus().value()).containsOnly(200, 429);
        assertThat(answers.subList(0, 5)).allSatisfy(answer -> assertThat(answer.getStatus().value()).isEqualTo(200));
        List<EntityExchangeResult<byte[]>> refused = new ArrayList<>(answers.stream()
                .filter(answer -> answer.getStatus().value() == 429).toList());
        // 1 token/s comes back while the burst runs, so not every call after the fifth is refused
        assertThat(refused).hasSizeGreaterThanOrEqualTo(5);
        assertThat(refused).allSatisfy(answer ->
                assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1"));
        // a refusal is a problem answer like any other, saying when to come back
        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.getResponseHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(new String(answer.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"status\":429", "\"title\":\"Too many requests\"", "try again in 1 s", "\"retryAfterSeconds\":1");
        });
        assertThat(redis.keys("request_rate_limiter.*" + person + "*").collectList().block())
                .as("the budget lives in Redis").isNotEmpty();
    }

    @Test
    void anotherPersonKeepsTheirOwnBudget() {
        RateLimitScenario.burst(port, UUID.randomUUID().toString(), 10);

        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/api/hr/employees")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + FakeServices.token(UUID.randomUUID().toString(), "hr"))
                .exchange()
                .expectStatus().isOk();
    }
}
