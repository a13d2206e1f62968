package io.holdfast.hr.deprovisioning;

import io.holdfast.kit.EventJson;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The Keycloak admin REST API as the hr-service service account (client credentials): disable a user and end
 * all of their sessions.
 */
@Component
class KeycloakAdminClient {

    private final KeycloakSettings settings;
    private final RestClient rest;

    KeycloakAdminClient(KeycloakSettings settings) {
        this.settings = settings;
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3)).build());
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.rest = RestClient.builder().requestFactory(factory).baseUrl(stripSlash(settings.url())).build();
    }

    /** Thrown with a reason a person can act on; the caller records it and retries later. */
    static class KeycloakException extends RuntimeException {
        KeycloakException(String message) {
            super(message);
        }
    }

    void disableAndLogout(String userId) {
        String token = serviceAccountToken();
        call("disable user", () -> rest.put().uri("/admin/realms/{realm}/users/{id}", settings.realm(), userId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .body("{\"enabled\":false}").retrieve().toBodilessEntity());
        call("end sessions", () -> rest.post().uri("/admin/realms/{realm}/users/{id}/logout", settings.realm(), userId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).retrieve().toBodilessEntity());
    }

    private String serviceAccountToken() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", settings.clientId());
        form.add("client_secret", settings.clientSecret());
        String body = call("get service-account token", () -> rest.post()
                .uri("/realms/{realm}/protocol/openid-connect/token", settings.realm())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(String.class));
        var token = body == null ? null : EventJson.mapper().readTree(body).get("access_token");
        if (token == null || token.asString().isBlank()) {
            throw new KeycloakException("get service-account token: no access_token in Keycloak's answer");
        }
        return token.asString();
    }

    private static <T> T call(String step, java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException e) {
            String body = e.getResponseBodyAsString();
            throw new KeycloakException(step + ": Keycloak answered " + e.getStatusCode().value()
                    + (body.isBlank() ? "" : " " + abbreviate(body)));
        } catch (ResourceAccessException e) {
            throw new KeycloakException(step + ": Keycloak unreachable (" + abbreviate(String.valueOf(e.getMessage())) + ")");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
