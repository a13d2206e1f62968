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

        await().atMost(Duration.ofSeconds(20)).until(() -> denyList.isDenied(userId, Instant.now().minusSeconds(1)));
        mvc.perform(get(AUDIT).header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("deactivated")));
        // Someone else's token still works.
        mvc.perform(get(AUDIT).header("Authorization", "Bearer " + TestTokens.withRoles("owner")))
                .andExpect(status().isOk());
    }

    @Test
    void healthIsOpenButEverythingElseNeedsAToken() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/api/kit/ops/dead-letters")).andExpect(status().isUnauthorized());
        assertThat(denyList.isDenied("nobody", Instant.now())).isFalse();
    }
}
