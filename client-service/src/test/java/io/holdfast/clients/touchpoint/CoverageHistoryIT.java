package io.holdfast.clients.touchpoint;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import io.holdfast.clients.HrEvents;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Coverage month by month from clients and executive touches recorded at known days. The database is this class's
 * alone, so the owner's points count exactly the clients registered here.
 */
@HoldfastIntegrationTest
// the history is checked at last month's end, up to 31 days back, beyond the default churn back-dating limit
@org.springframework.test.context.TestPropertySource(properties = "holdfast.clients.churn.max-backdate-days=62")
class CoverageHistoryIT {

    static final LocalDate LONG_AGO = LocalDate.of(2019, 5, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    final String owner = TestTokens.withRoles("owner");

    String register(String team, LocalDate since) throws Exception {
        String body = """
                {"name":"Coverage %1$s","taxId":"CV-%1$s","segment":"SMB","team":"%2$s","accountManagerUserId":"%3$s",
                 "executiveSponsorUserId":"%5$s","clientSince":"%4$s","yearlyRevenue":"1000.00","currency":"EUR",
                 "contacts":[{"name":"Someone","email":"someone@coverage.example.com","primary":true,"billing":true}]}
                """.formatted(UUID.randomUUID().toString().substring(0, 12), team, UUID.randomUUID(), since, UUID.randomUUID());
        return io.holdfast.clients.TestData.register(mvc, owner, body);
    }

    void touch(String clientId, String kind, Instant at) throws Exception {
        mvc.perform(post("/api/clients/" + clientId + "/touchpoints").header("Authorization", "Bearer " + owner)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"%s\",\"at\":\"%s\",\"companyLevel\":false}".formatted(kind, at)))
                .andExpect(status().isCreated());
    }

    static Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    ResultActions history(String token, String months) throws Exception {
        var request = get("/api/clients/coverage/history").header("Authorization", "Bearer " + token);
        return mvc.perform(months == null ? request : request.param("months", months));
    }

    static ResultActions expectPoint(ResultActions r, int i, LocalDate date, int clients, int covered, int percent)
            throws Exception {
        return r.andExpect(jsonPath("$.points[" + i + "].date").value(date.toString()))
                .andExpect(jsonPath("$.points[" + i + "].clients").value(clients))
                .andExpect(jsonPath("$.points[" + i + "].covered").value(covered))
                .andExpect(jsonPath("$.points[" + i + "].percent").value(percent));
    }

    @Test
    void thePointsFollowRegistrationsExecutiveTouchesAndChurnAndATeamLeadSeesTheirTeamOnly() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate p0 = YearMonth.from(today).minusMonths(2).atEndOfMonth();
        LocalDate p1 = YearMonth.from(today).minusMonths(1).atEndOfMonth();

        String leadId = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(UUID.randomUUID().toString(), leadId, "cov-lead", "cov-a", "team-lead"));

        // A: touched 10 days before the last month end, covered from then on (the touch is after p0)
        String a = register("cov-a", LONG_AGO);
        touch(a, "EXECUTIVE_CALL", noon(p1.minusDays(10)));
        // B: its only executive touch is 95 days before p0: never covered
        String b = register("cov-a", LONG_AGO);
        touch(b, "EXECUTIVE_CALL", noon(p0.minusDays(95)));
        // C: a client since the first of this month, never touched yet: counted today only, and within the cadence
        register("cov-a", p1.plusDays(1));
        // D: touched 5 days before p0, lost on p1: counted (and covered) at p0 only
        String d = register("cov-a", LONG_AGO);
        touch(d, "EXECUTIVE_CALL", noon(p0.minusDays(5)));
        mvc.perform(post("/api/clients/" + d + "/churn").header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"budget\",\"churnedOn\":\"" + p1 + "\"}"))
                .andExpect(status().isOk());
        // G: only an ordinary call by someone who is not the sponsor: not an executive touch
        String g = register("cov-a", LONG_AGO);
        touch(g, "CALL", noon(today.minusDays(1)));
        // E: another team's client, touched at today's first instant (a touch dated today counts for today)
        String e = register("cov-b", LONG_AGO);
        touch(e, "EXECUTIVE_CALL", today.atStartOfDay(ZoneOffset.UTC).toInstant());

        ResultActions all = history(owner, "3").andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(3));
        expectPoint(all, 0, p0, 5, 1, 20); // A B D E G; D covered
        expectPoint(all, 1, p1, 4, 1, 25); // A B E G; A covered
        expectPoint(all, 2, today, 5, 3, 60); // A B C E G; A, C, E covered

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from employee where user_id = :u")
                .param("u", leadId).query(Long.class).single() == 1);
        ResultActions team = history(TestTokens.token(leadId, "cov-lead", "team-lead"), "3").andExpect(status().isOk());
        expectPoint(team, 0, p0, 4, 1, 25); // A B D G
        expectPoint(team, 1, p1, 3, 1, 33); // A B G
        expectPoint(team, 2, today, 4, 2, 50); // A B C G

        history(owner, null).andExpect(status().isOk()).andExpect(jsonPath("$.points.length()").value(6))
                .andExpect(jsonPath("$.points[5].date").value(today.toString()));
    }

    @Test
    void aTeamLeadWithoutClientsGetsPointsWithoutAPercent() throws Exception {
        history(TestTokens.withRoles("team-lead"), "2").andExpect(status().isOk())
                .andExpect(jsonPath("$.points.length()").value(2))
                .andExpect(jsonPath("$.points[1].clients").value(0))
                .andExpect(jsonPath("$.points[1].percent").value(nullValue()));
    }

    @Test
    void onlyOwnerAndTeamLeadMayReadItAndMonthsStayWithin1And24() throws Exception {
        for (String role : new String[] {"account-manager", "hr", "legal", "finance"}) {
            history(TestTokens.withRoles(role), "6").andExpect(status().isForbidden());
        }
        history(owner, "24").andExpect(status().isOk()).andExpect(jsonPath("$.points.length()").value(24));
        history(owner, "1").andExpect(status().isOk()).andExpect(jsonPath("$.points.length()").value(1));
        for (String bad : new String[] {"0", "25", "-3", "six"}) {
            history(owner, bad).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("months"));
        }
    }
}
