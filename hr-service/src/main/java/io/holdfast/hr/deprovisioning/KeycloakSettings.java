package io.holdfast.hr.deprovisioning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** holdfast.keycloak.*: where the admin API is and how hard to retry it. */
@ConfigurationProperties("holdfast.keycloak")
public record KeycloakSettings(boolean enabled, String url, String realm, String clientId, String clientSecret,
        Retry retry) {

    public record Retry(Duration pollInterval, Duration initialDelay, Duration maxDelay, int alertAfterAttempts) {
    }
}
