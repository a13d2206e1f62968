package io.holdfast.gateway;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's whole life in the gateway (BFF): log in through Keycloak with PKCE, hold only a session cookie,
 * have the access token relayed to the portal and the services, log out with the CSRF token and end the
 * Keycloak session. Keycloak's back channel is a real HTTP server; the test plays the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserSessionIT {

    @LocalServerPort
    int port;

    WebTestClient browser;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RateLimitScenario.register(registry);
        registry.add("holdfast.oidc.internal-url", () -> FakeServices.keycloak().realmUrl());
    }

    @BeforeEach
    void browser() {
        browser = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void loginRelayTokenAndLogoutEndingTheKeycloakSession() {
        FakeKeycloak keycloak = FakeServices.keycloak();
        String anna = UUID.randomUUID().toString();

        // 1. the gateway sends the browser to Keycloak with state, nonce and a PKCE challenge
        EntityExchangeResult<Void> toKeycloak = browser.get().uri("/oauth2/authorization/keycloak")
                .exchange().expectStatus().isFound().expectBody(Void.class).returnResult();
        String session = cookie(toKeycloak, "SESSION");
        MultiValueMap<String, String> authorize = UriComponentsBuilder
                .fromUri(toKeycloak.getResponseHeaders().getLocation()).build().getQueryParams();
        assertThat(authorize.getFirst("code_challenge_method")).isEqualTo("S256");
        keycloak.nextLogin(anna, decode(authorize.getFirst("nonce")));

        // 2. Keycloak sends the browser back with a code; the gateway swaps it (with the verifier) for tokens
        EntityExchangeResult<Void> loggedIn = browser.get()
                .uri("/login/oauth2/code/keycloak?code=the-code&state={state}", decode(authorize.getFirst("state")))
                .cookie("SESSION", session)
                .exchange().expectStatus().isFound().expectBody(Void.class).returnResult();
        assertThat(keycloak.lastTokenRequest)
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "the-code")
                .containsKey("code_verifier");
        assertThat(keycloak.lastTokenRequest.get("authorization")).startsWith("Basic ");
        String signedInSession = cookie(loggedIn, "SESSION");
        assertThat(signedInSession).as("a new session id after login").isNotEqualTo(session);
        assertThat(loggedIn.getResponseCookies().keySet()).as("no token ever reaches the browser")
                .allSatisfy(name -> assertThat(name).isIn("SESSION", "XSRF-TOKEN"));

        // 3. the session alone now reaches the portal and the services, which get the user's access token
        String relayed = "Bearer " + keycloak.issuedAccessToken;
        EntityExchangeResult<byte[]> page = browser.get().uri("/").accept(MediaType.TEXT_HTML)
                .cookie("SESSION", signedInSession)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("portal")
                .jsonPath("$.authorization").isEqualTo(relayed)
                .returnResult();
        browser.get().uri("/api/clients/clients").cookie("SESSION", signedInSession)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("client-service")
                .jsonPath("$.authorization").isEqualTo(relayed)
                .jsonPath("$.cookie").isEqualTo("");
        String csrf = cookie(page, "XSRF-TOKEN");

        // 4. a cookie-session POST without the CSRF token is refused
        browser.post().uri("/api/clients/clients").cookie("SESSION", signedInSession)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isForbidden();
        browser.post().uri("/api/clients/clients").cookie("SESSION", signedInSession).cookie("XSRF-TOKEN", csrf)
                .header("X-XSRF-TOKEN", csrf)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isOk();

        // 4b. a portal form (its _csrf read by the gateway) reaches the portal with its whole body
        browser.post().uri("/finance/billing-changes/c-1/reject").cookie("SESSION", signedInSession).cookie("XSRF-TOKEN", csrf)
                .body(BodyInserters.fromFormData("_csrf", csrf).with("note", "wrong e-mail & name"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("portal")
                .jsonPath("$.body").isEqualTo("_csrf=" + csrf + "&note=wrong+e-mail+%26+name");

        // 5. logout (the portal's form) ends the gateway session and sends the browser to end Keycloak's
        URI endSession = browser.post().uri("/logout").cookie("SESSION", signedInSession).cookie("XSRF-TOKEN", csrf)
                .body(BodyInserters.fromFormData("_csrf", csrf))
                .exchange().expectStatus().isFound()
                .expectBody(Void.class).returnResult().getResponseHeaders().getLocation();
        Map<String, String> logout = UriComponentsBuilder.fromUri(endSession).build().getQueryParams().toSingleValueMap();
        assertThat(endSession.toString()).startsWith(FakeServices.ISSUER + "/protocol/openid-connect/logout?");
        assertThat(logout).containsEntry("id_token_hint", keycloak.issuedIdToken)
                .containsEntry("post_logout_redirect_uri", "http://localhost:" + port + "/");

        browser.get().uri("/").accept(MediaType.TEXT_HTML).cookie("SESSION", signedInSession)
                .exchange().expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");
    }

    private static String cookie(EntityExchangeResult<?> result, String name) {
        ResponseCookie cookie = result.getResponseCookies().getFirst(name);
        assertThat(cookie).as("cookie " + name).isNotNull();
        return cookie.getValue();
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
