package io.holdfast.clients.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.HrEvents;
import io.holdfast.clients.TestData;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** hr previews what a manager's departure puts at stake before scheduling it; the manager is still ACTIVE. */
@HoldfastIntegrationTest
class DepartureImpactIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    String manager;
    String leadSameTeam;
    String leadOtherTeam;
    List<UUID> own;
    UUID churned;
    UUID foreign;

    @BeforeEach
    void aManagerWithClients() {
        String team = "impact-" + UUID.randomUUID().toString().substring(0, 6);
        manager = hire("imp-manager", team, "account-manager");
        leadSameTeam = hire("imp-lead", team, "team-lead");
        leadOtherTeam = hire("imp-other-lead", team + "-other", "team-lead");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from employee where user_id in (:ids)")
                .param("ids", List.of(manager, leadSameTeam, leadOtherTeam)).query(Long.class).single() == 3);
        List<BigDecimal> revenue = List.of(new BigDecimal("1000.50"), new BigDecimal("3000.00"), new BigDecimal("2000.25"),
                new BigDecimal("9999.99"));
        List<UUID> ids = TestData.clients(jdbc, manager, team, "Impact " + team, 4, revenue::get);
        own = ids.subList(0, 3);
        churned = ids.get(3);
        jdbc.sql("update client set status = 'CHURNED', churned_on = current_date where id = :id").param("id", churned).update();
        // a client in handover keeps counting: only a lost client is left out
        jdbc.sql("update client set status = 'AT_RISK' where id = :id").param("id", own.get(0)).update();
        foreign = TestData.clients(jdbc, UUID.randomUUID().toString(), team, "Other " + team, 1, i -> BigDecimal.TEN).getFirst();
        jdbc.sql("insert into client_risk (client_id, score, band, reasons) values (:c, 70, 'HIGH', :r)")
                .param("c", own.get(1)).param("r", "no executive touch for too long\nthe client's contacts are reachable only through the manager")
                .update();
        jdbc.sql("insert into client_risk (client_id, score, band, reasons) values (:c, 10, 'LOW', '')")
                .param("c", own.get(2)).update();
        jdbc.sql("insert into contact (id, client_id, name, email, is_primary, is_billing) values (:id, :c, 'Secret Person',"
                + " 'secret.person@impact.example.com', true, true)").param("id", UUID.randomUUID()).param("c", own.get(1)).update();
    }

    String hire(String username, String team, String... roles) {
        String userId = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(UUID.randomUUID().toString(), userId, username, team, roles));
        return userId;
    }

    MockHttpServletRequestBuilder preview(String managerUserId, String token) {
        return get("/api/clients/departure-impact").param("managerUserId", managerUserId)
                .header("Authorization", "Bearer " + token);
    }

    @Test
    void hrSeesTheActiveManagersClientsRevenueAndRiskButNoContactsAndTheReadIsAudited() throws Exception {
        String hr = TestTokens.token(UUID.randomUUID().toString(), "hanna-hr", "hr");
        // what hr could see before: nothing, the manager is not leaving yet
        mvc.perform(get("/api/clients").param("managerUserId", manager).header("Authorization", "Bearer " + hr))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));

        mvc.perform(preview(manager, hr))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.managerUserId").value(manager))
                .andExpect(jsonPath("$.clientCount").value(3))
                .andExpect(jsonPath("$.highRiskCount").value(1))
                .andExpect(jsonPath("$.revenueByCurrency.EUR").value("6000.75"))
                .andExpect(jsonPath("$.revenueByCurrency", aMapWithSize(1)))
                .andExpect(jsonPath("$.clients[*].clientId").value(containsInAnyOrder(own.stream().map(UUID::toString).toArray())))
                // largest revenue first, amounts as decimal strings
                .andExpect(jsonPath("$.clients[0].clientId").value(own.get(1).toString()))
                .andExpect(jsonPath("$.clients[0].yearlyRevenue").value("3000.00"))
                .andExpect(jsonPath("$.clients[0].currency").value("EUR"))
                .andExpect(jsonPath("$.clients[0].band").value("HIGH"))
                .andExpect(jsonPath("$.clients[0].score").value(70))
                .andExpect(jsonPath("$.clients[0].reasons[1]").value("the client's contacts are reachable only through the manager"))
                .andExpect(jsonPath("$.clients[1].band").value("LOW"))
                .andExpect(jsonPath("$.clients[1].reasons.length()").value(0))
                .andExpect(jsonPath("$.clients[2].yearlyRevenue").value("1000.50"))
                .andExpect(jsonPath("$.clients[2].band").value(nullValue()))
                .andExpect(jsonPath("$.clients[2].score").value(nullValue()))
                .andExpect(jsonPath("$.clients[0].contacts").doesNotExist())
                .andExpect(content().string(not(containsString("secret.person"))))
                .andExpect(content().string(not(containsString(churned.toString()))))
                .andExpect(content().string(not(containsString(foreign.toString()))));

        assertThat(jdbc.sql("select actor || ' ' || target_type || ' ' || details from audit_log"
                        + " where action = 'departure-impact.previewed' and target_id = :m").param("m", manager)
                .query(String.class).list())
                .singleElement().asString().startsWith("hanna-hr employee ").contains("\"clients\":3");
    }

    @Test
    void ownerAndTheTeamLeadOfTheManagersTeamMayPreviewOthersMayNot() throws Exception {
        mvc.perform(preview(manager, TestTokens.withRoles("owner"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.clientCount").value(3));
        mvc.perform(preview(manager, TestTokens.token(leadSameTeam, "imp-lead", "team-lead"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.clientCount").value(3));
        mvc.perform(preview(manager, TestTokens.token(leadOtherTeam, "imp-other-lead", "team-lead")))
                .andExpect(status().isForbidden());
        mvc.perform(preview(manager, TestTokens.token(manager, "imp-manager", "account-manager")))
                .andExpect(status().isForbidden());
        mvc.perform(preview(manager, TestTokens.withRoles("account-manager"))).andExpect(status().isForbidden());
        mvc.perform(preview(manager, TestTokens.withRoles("finance"))).andExpect(status().isForbidden());
        mvc.perform(preview(manager, TestTokens.withRoles("legal"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'departure-impact.previewed' and target_id = :m")
                .param("m", manager).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aManagerIdThatIsNotAUuidIsABadRequestWithTheFieldNamed() throws Exception {
        String hr = TestTokens.withRoles("hr");
        mvc.perform(preview("mark.manager", hr)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("managerUserId"));
        mvc.perform(get("/api/clients/departure-impact").header("Authorization", "Bearer " + hr))
                .andExpect(status().isBadRequest());
        // a valid id of someone without clients: nothing at stake, not an error
        mvc.perform(preview(UUID.randomUUID().toString(), hr)).andExpect(status().isOk())
                .andExpect(jsonPath("$.clientCount").value(0)).andExpect(jsonPath("$.highRiskCount").value(0))
                .andExpect(jsonPath("$.clients.length()").value(0));
    }
}
