package io.holdfast.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.testapp.WidgetEvents;
import io.holdfast.kit.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@HoldfastIntegrationTest
class SecurityIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TokenDenyList denyList;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static final String AUDIT = "/api/kit/audit";

    @Test
    void withoutATokenTheAnswerIs401AsAProblem() throws Exception {
        mvc.perform(get(AUDIT)).andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void tokensFromAnotherIssuerForAnotherAudienceExpiredOrForgedAreRefused() throws Exception {
        String id = UUID.randomUUID().toString();
        for (String token : new String[] {
                TestTokens.user(id, "o", "owner").issuer("http://evil.example/realms/holdfast").build(),
                TestTokens.user(id, "o", "owner").audience("some-other-service").build(),
                TestTokens.user(id, "o", "owner").issuedAt(Instant.now().minusSeconds(3600)).build(),
                TestTokens.user(id, "o", "owner").forgedSignature().build() }) {
            mvc.perform(get(AUDIT).header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void aRoleWithoutTheRightGets403AndTheRightRoleGetsIn() throws Exception {
        mvc.perform(get(AUDIT).header("Authorization", "Bearer " + TestTokens.withRoles("account-manager")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(AUDIT).header("Authorization", "Bearer " + TestTokens.withRoles("legal")))
                .andExpect(status().isOk());
    }

    @Test
    void aDepartedEmployeesStillValidTokenIsRefusedAsSoonAsEmployeeDepartedIsConsumed() throws Exception {
        String userId = UUID.randomUUID().toString();
        String token = TestTokens.token(userId, "leaver", "owner");
        mvc.perform(get(AUDIT).header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        tx.executeWithoutResult(s -> outbox.publish(WidgetEvents.departed(userId)));

        await().atMost(Duration.ofSeconds(20)).until(() -> denyList.isDenied(userId));
        mvc.perform(get(AUDIT).header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("deactivated")));
        // A token issued after the departure (Keycloak not yet deprovisioned, or deprovisioning failed) is refused too.
        String fresh = TestTokens.user(userId, "leaver", "owner").issuedAt(Instant.now().plusSeconds(5)).build();
        mvc.perform(get(AUDIT).header("Authorization", "Bearer " + fresh)).andExpect(status().isUnauthorized());
        // ... and a restart (a fresh cache read from the database) keeps refusing it.
        TokenDenyList restarted = new TokenDenyList(jdbc);
        restarted.refresh();
        assertThat(restarted.isDenied(userId)).isTrue();
        // Someone else's token still works.
        mvc.perform(get(AUDIT).header("Authorization", "Bearer " + TestTokens.withRoles("owner")))
                .andExpect(status().isOk());

        // hr hires the person again: their new tokens are accepted once more, here and after a restart.
        tx.executeWithoutResult(s -> outbox.publish(WidgetEvents.hired(userId)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !denyList.isDenied(userId));
        mvc.perform(get(AUDIT).header("Authorization", "Bearer " + TestTokens.token(userId, "leaver", "owner")))
                .andExpect(status().isOk());
        TokenDenyList afterRehire = new TokenDenyList(jdbc);
        afterRehire.refresh();
        assertThat(afterRehire.isDenied(userId)).isFalse();
    }

    @Test
    void healthIsOpenButEverythingElseNeedsAToken() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/api/kit/ops/dead-letters")).andExpect(status().isUnauthorized());
        assertThat(denyList.isDenied("nobody")).isFalse();
    }
}
