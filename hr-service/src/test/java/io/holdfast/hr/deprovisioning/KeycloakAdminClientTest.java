package io.holdfast.hr.deprovisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.holdfast.hr.FakeKeycloak;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admin API calls as Keycloak sees them, and the reasons recorded when a step fails. */
class KeycloakAdminClientTest {

    private final FakeKeycloak keycloak = start();

    private static FakeKeycloak start() {
        try {
            return new FakeKeycloak("right-secret");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        keycloak.close();
    }

    private KeycloakAdminClient client(String url, String secret) {
        return new KeycloakAdminClient(new KeycloakSettings(true, url + "/", "holdfast", "hr-service", secret,
                new KeycloakSettings.Retry(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), 3)));
    }

    @Test
    void disablesTheUserThenEndsTheirSessionsWithTheServiceAccountToken() {
        String userId = UUID.randomUUID().toString();
        client(keycloak.url(), "right-secret").disableAndLogout(userId);
        assertThat(keycloak.calls).extracting(FakeKeycloak.Call::method, FakeKeycloak.Call::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("POST", "/realms/holdfast/protocol/openid-connect/token"),
                org.assertj.core.groups.Tuple.tuple("PUT", "/admin/realms/holdfast/users/" + userId),
                org.assertj.core.groups.Tuple.tuple("POST", "/admin/realms/holdfast/users/" + userId + "/logout"));
        assertThat(keycloak.calls.get(1).body()).isEqualTo("{\"enabled\":false}");
        assertThat(keycloak.calls.get(2).authorization()).isEqualTo("Bearer " + FakeKeycloak.TOKEN);
    }

    @Test
    void aWrongClientSecretFailsAtTheTokenStepAndTouchesNoUser() {
        assertThatThrownBy(() -> client(keycloak.url(), "wrong-secret").disableAndLogout(UUID.randomUUID().toString()))
                .isInstanceOf(KeycloakAdminClient.KeycloakException.class)
                .hasMessageStartingWith("get service-account token: Keycloak answered 401");
        assertThat(keycloak.calls).hasSize(1);
    }

    @Test
    void aFailingDisableIsReportedWithKeycloaksAnswerAndSessionsAreNotTouched() {
        String userId = UUID.randomUUID().toString();
        keycloak.failFirst(userId, 1);
        assertThatThrownBy(() -> client(keycloak.url(), "right-secret").disableAndLogout(userId))
                .hasMessageStartingWith("disable user: Keycloak answered 503").hasMessageContaining("temporarily unavailable");
        assertThat(keycloak.calls).noneMatch(c -> c.path().endsWith("/logout"));
    }

    @Test
    void anUnreachableKeycloakIsReportedAsUnreachable() {
        keycloak.close();
        assertThatThrownBy(() -> client(keycloak.url(), "right-secret").disableAndLogout(UUID.randomUUID().toString()))
                .isInstanceOf(KeycloakAdminClient.KeycloakException.class)
                .hasMessageContaining("Keycloak unreachable");
    }
}
