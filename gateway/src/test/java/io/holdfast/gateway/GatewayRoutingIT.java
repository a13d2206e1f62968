package io.holdfast.gateway;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of real HTTP servers: every route reaches its service, tokens pass or are relayed,
 * unauthenticated calls are refused the right way, a stopped service yields the 503 problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "holdfast.timeouts.api-response-ms=1000")
class GatewayRoutingIT {

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        FakeServices.start();
        for (String service : FakeServices.SERVICES) {
            registry.add("holdfast.services." + service,
                    () -> service.equals("notification-service")
                            ? "http://127.0.0.1:" + FakeServices.CLOSED_PORT // stopped
                            : FakeServices.url(service));
        }
        registry.add("holdfast.oidc.issuer", () -> FakeServices.ISSUER);
        registry.add("holdfast.oidc.jwk-set-uri", FakeServices::jwksUrl);
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** A fresh person per test, so that one test's requests never spend another's rate budget. */
    private static String bearer() {
        return "Bearer " + FakeServices.token(UUID.randomUUID().toString(), "owner");
    }

    @ParameterizedTest(name = "{0} reaches {1}")
    @CsvSource({
            "/api/hr/employees, hr-service",
            "/api/clients/clients/42, client-service",
            "/api/finance/feed, finance-service",
            "/anything/else, portal",
            "/, portal"})
    void eachPathPrefixReachesItsServiceWithTheBearerTokenUnchanged(String path, String service) {
        String authorization = bearer();
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo(path)
                .jsonPath("$.authorization").isEqualTo(authorization);
    }

    @Test
    void apiCallsDoNotForwardTheBrowserCookies() {
        client.get().uri("/api/hr/employees").header(HttpHeaders.AUTHORIZATION, bearer())
                .cookie("SESSION", "secret-session")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.cookie").isEqualTo("");
    }

    @Test
    void apiCallWithoutTokenGets401ProblemNotARedirect() {
        client.get().uri("/api/hr/audit")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void tokenFromAnUntrustedIssuerGets401() {
        String foreign = FakeServices.tokenFrom("http://evil.test/realms/holdfast", UUID.randomUUID().toString(), "owner");
        client.get().uri("/api/finance/feed").header(HttpHeaders.AUTHORIZATION, "Bearer " + foreign)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void tamperedTokenGets401() {
        String token = FakeServices.token(UUID.randomUUID().toString(), "account-manager");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + FakeServices.token(UUID.randomUUID().toString(), "owner").split("\\.")[1]
                + "." + parts[2];
        client.get().uri("/api/hr/employees").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void browserNavigationWithoutSessionIsSentToKeycloakWithPkce() {
        URI toLogin = client.get().uri("/").accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();
        assertThat(toLogin).hasToString("/oauth2/authorization/keycloak");

        URI toKeycloak = client.get().uri(toLogin.toString())
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();
        assertThat(toKeycloak.toString())
                .startsWith(FakeServices.ISSUER + "/protocol/openid-connect/auth?")
                .contains("client_id=portal", "code_challenge_method=S256", "code_challenge=",
                        "redirect_uri=http://localhost:" + port + "/login/oauth2/code/keycloak");
    }

    @Test
    void stoppedServiceAnswers503ProblemNamingIt() {
        client.get().uri("/api/notifications/feed").header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.service").isEqualTo("notification-service")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("notification-service"));
    }

    @Test
    void slowServiceIsCutOffByTheRouteTimeoutWith503Problem() {
        long started = System.nanoTime();
        client.get().uri("/api/finance/slow").header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.service").isEqualTo("finance-service");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofMillis(4_500));
    }

    @Test
    void securityHeadersOnRoutedAnswers() {
        client.get().uri("/api/hr/employees").header(HttpHeaders.AUTHORIZATION, bearer())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self' http://issuer.test"));
    }

    @Test
    void securityHeadersOnTheLoginRedirectToo() {
        client.get().uri("/").accept(MediaType.TEXT_HTML)
                .exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().exists("Content-Security-Policy");
    }

    @Test
    void bodyOverOneMegabyteIsRefusedWith413() {
        client.post().uri("/api/clients/clients").header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[1024 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(413);
    }

    @Test
    void bearerCallsNeedNoCsrfToken() {
        client.post().uri("/api/clients/clients").header(HttpHeaders.AUTHORIZATION, bearer())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"Acme\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("client-service");
    }

    @Test
    void cookieSessionPostWithoutCsrfTokenIsRefused() {
        client.post().uri("/logout").cookie("SESSION", "whatever")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void pagesSetTheCsrfCookieTheFormsEcho() {
        client.get().uri("/").accept(MediaType.TEXT_HTML)
                .exchange()
                .expectCookie().exists("XSRF-TOKEN");
    }

    @Test
    void readinessIsPublic() {
        client.get().uri("/actuator/health/readiness")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
