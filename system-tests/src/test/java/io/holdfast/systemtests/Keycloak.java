package io.holdfast.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real tokens from the launcher's Keycloak. Users' tokens come from the realm's public {@code system-tests}
 * client (password grant, local demo only: the portal itself logs users in through the browser); the finance
 * system's from its own client-credentials client.
 */
final class Keycloak {

    static final String REALM_URL = "http://localhost:8180/realms/holdfast";
    static final String DEMO_PASSWORD = "holdfast";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    /** The token response's status and body, so a test can assert a refused login too. */
    record TokenAnswer(int status, JsonNode body) {
        String accessToken() {
            if (status != 200) {
                throw new IllegalStateException("Keycloak refused the token request: " + status + " " + body);
            }
            return body.path("access_token").asString();
        }
    }

    TokenAnswer passwordGrant(String username) {
        return tokenRequest(null, Map.of("grant_type", "password", "client_id", "system-tests",
                "username", username, "password", DEMO_PASSWORD, "scope", "openid"));
    }

    String userToken(String username) {
        return passwordGrant(username).accessToken();
    }

    String financeSystemToken() {
        String basic = Base64.getEncoder().encodeToString("finance-system:finance-system-local-secret".getBytes(StandardCharsets.UTF_8));
        return tokenRequest("Basic " + basic, Map.of("grant_type", "client_credentials")).accessToken();
    }

    /** The claims of a JWT, read without checking it (the services check it; the test only looks). */
    static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    static ObjectMapper json() {
        return JSON;
    }

    private TokenAnswer tokenRequest(String authorization, Map<String, String> form) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new TokenAnswer(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
