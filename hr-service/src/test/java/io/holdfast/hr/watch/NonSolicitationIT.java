package io.holdfast.hr.watch;

import static io.holdfast.hr.HrApi.HR;
import static io.holdfast.hr.HrApi.LEGAL;
import static io.holdfast.hr.HrApi.OWNER;
import static io.holdfast.hr.HrApi.body;
import static io.holdfast.hr.HrApi.contractJson;
import static io.holdfast.hr.HrApi.events;
import static io.holdfast.hr.HrApi.send;
import static io.holdfast.hr.HrApi.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.contracts.hr.NonSolicitationBreachSuspected;
import io.holdfast.contracts.hr.NonSolicitationClause;
import io.holdfast.hr.HrApi;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@HoldfastIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "holdfast.keycloak.enabled=false")
class NonSolicitationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    HrApi api;
    TopicProbe probe;

    @BeforeAll
    void setUp() {
        api = new HrApi(mvc);
        probe = new TopicProbe(brokers, Topics.HR_COMPLIANCE);
    }

    @AfterAll
    void tearDown() {
        probe.close();
    }

    private static ClientRegistered registered(String clientId, String name, String managerUserId, Instant at) {
        return new ClientRegistered(clientId, 1, name, "DE" + Math.abs(clientId.hashCode()), "SMB", "north",
                managerUserId, UUID.randomUUID().toString(), LocalDate.parse("2020-01-01"),
                Money.of("120000.00", "EUR"), "en", List.of(), at);
    }

    private static ClientChurned churned(String clientId, String name, LocalDate on) {
        return new ClientChurned(clientId, 9, name, UUID.randomUUID().toString(), "Price", "Rival GmbH",
                "former account manager", on, Instant.now());
    }

    private long handlings(String userId) {
        return jdbc.sql("select count(*) from client_handling where user_id = cast(:u as uuid)").param("u", userId)
                .query(Long.class).single();
    }

    private long claimsFor(String clientId) {
        return jdbc.sql("select count(*) from non_solicitation_claim where client_id = cast(:c as uuid)")
                .param("c", clientId).query(Long.class).single();
    }

    @Test
    void aChurnInsideTheWindowRaisesOneBreachWithEvidenceAndLegalManagesTheClaim() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        String userId = HrApi.newUserId();
        String successor = HrApi.newUserId();
        String kept = UUID.randomUUID().toString();
        String handedOver = UUID.randomUUID().toString();
        String strangers = UUID.randomUUID().toString();
        Instant longAgo = Instant.now().minus(400, ChronoUnit.DAYS);
        send(kafka, registered(kept, "Acme Kept", userId, longAgo), UUID.randomUUID().toString());
        send(kafka, registered(handedOver, "Beta Handed", userId, longAgo), UUID.randomUUID().toString());
        send(kafka, registered(strangers, "Gamma Other", successor, longAgo), UUID.randomUUID().toString());
        send(kafka, new ClientReassigned(handedOver, 2, "Beta Handed", userId, successor, null,
                ClientReassigned.Reason.MANUAL, null, null, Instant.now().minus(100, ChronoUnit.DAYS)),
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> handlings(userId) == 2 && handlings(successor) == 2);

        String id = api.hire(userId, "nils.leaver");
        api.call(POST, "/api/hr/employees/" + id + "/contracts", HR, contractJson("C-NS", "2024-02-01", null,
                "{\"kind\":\"FIXED\",\"fixedAmount\":\"0\"}").replace("\"months\":12", "\"months\":6"))
                .andExpect(status().isCreated());
        api.call(POST, "/api/hr/employees/" + id + "/departure", HR, "{\"noticeDate\":\"" + today
                + "\",\"lastWorkingDay\":\"" + today + "\",\"reason\":\"RESIGNATION\"}").andExpect(status().isCreated());
        var done = api.call(POST, "/api/hr/employees/" + id + "/departure/complete", HR, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.watches.length()").value(2));
        String departureId = body(done).get("departure").get("id").asString();

        api.call(GET, "/api/hr/watches", LEGAL, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.clientName == 'Acme Kept')].endsOn").value(today.plusMonths(6).toString()))
                .andExpect(jsonPath("$[?(@.clientName == 'Beta Handed')].handledTo")
                        .value(LocalDate.ofInstant(Instant.now().minus(100, ChronoUnit.DAYS), ZoneId.of("UTC")).toString()))
                .andExpect(jsonPath("$[?(@.clientName == 'Gamma Other')]").doesNotExist());

        // crm.clients.v1 and hr.employees.v1 are separate topics: a client he handled that hr learns of only after
        // the completion is watched too; one first handled after his last day is not
        String late = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        send(kafka, registered(late, "Delta Late", userId, longAgo), UUID.randomUUID().toString());
        send(kafka, registered(after, "Echo After", userId, Instant.now().plus(3, ChronoUnit.DAYS)), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> handlings(userId) == 4);
        api.call(GET, "/api/hr/watches", LEGAL, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.clientName == 'Delta Late')].endsOn").value(today.plusMonths(6).toString()))
                .andExpect(jsonPath("$[?(@.clientName == 'Delta Late')].handledTo").value(today.toString()))
                .andExpect(jsonPath("$[?(@.clientName == 'Echo After')]").doesNotExist());

        // churn inside the window, delivered twice with one id and once more with another: one breach
        ClientChurned churn = churned(kept, "Acme Kept", today.plusDays(20));
        String churnEventId = UUID.randomUUID().toString();
        send(kafka, churn, churnEventId);
        send(kafka, churn, churnEventId);
        send(kafka, churn, UUID.randomUUID().toString());
        // churn of a watched client after its window, and of an unwatched client: nothing
        send(kafka, churned(handedOver, "Beta Handed", today.plusMonths(6).plusDays(1)), UUID.randomUUID().toString());
        send(kafka, churned(strangers, "Gamma Other", today.plusDays(20)), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> claimsFor(kept) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from processed_event where consumer = 'non-solicitation'").query(Long.class).single() >= 10);
        assertThat(claimsFor(kept)).isEqualTo(1);
        assertThat(claimsFor(handedOver)).isZero();
        assertThat(claimsFor(strangers)).isZero();

        var breaches = probe.allPublishedBy(jdbc).stream()
                .filter(r -> r.value().contains(departureId) || r.value().contains(kept) || r.value().contains(handedOver)
                        || r.value().contains(strangers)).toList();
        assertThat(breaches).hasSize(1);
        NonSolicitationBreachSuspected breach = valid(breaches.getFirst(), NonSolicitationBreachSuspected.class);
        assertThat(breach.clientId()).isEqualTo(kept);
        assertThat(breach.userId()).isEqualTo(userId);
        assertThat(breach.clauseMonths()).isEqualTo(6);
        assertThat(breach.clauseKind()).isEqualTo(NonSolicitationClause.Kind.PER_CLIENT);
        assertThat(breach.claim().amount()).isEqualByComparingTo("20000.00");
        assertThat(breach.departedOn()).isEqualTo(today);
        assertThat(breach.windowEndsOn()).isEqualTo(today.plusMonths(6));
        assertThat(breach.churnedOn()).isEqualTo(today.plusDays(20));
        assertThat(breach.handledFrom()).isEqualTo(LocalDate.ofInstant(longAgo, ZoneId.of("UTC")));
        assertThat(breach.handledTo()).isEqualTo(today);
        assertThat(breach.evidence()).anyMatch(l -> l.contains("20 day(s) after the departure"))
                .anyMatch(l -> l.contains("Rival GmbH"));
        assertThat(events(probe, breach.breachId(), NonSolicitationBreachSuspected.class, 1, Duration.ofSeconds(1)))
                .hasSize(1);

        // legal manages the claim; owner reads; others do not
        String claimUrl = "/api/hr/claims/" + breach.breachId();
        api.call(GET, "/api/hr/claims?open=true", OWNER, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(breach.breachId())).andExpect(jsonPath("$[0].status").value("DRAFT"));
        api.call(GET, "/api/hr/claims", HR, null).andExpect(status().isForbidden());
        api.call(GET, "/api/hr/watches", TestTokens.withRoles("account-manager", "hr"), null)
                .andExpect(status().isForbidden());
        api.call(PATCH, claimUrl, OWNER, "{\"status\":\"SENT\"}").andExpect(status().isForbidden());
        api.call(GET, claimUrl, HR, null).andExpect(status().isForbidden());
        api.call(GET, claimUrl, OWNER, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence.length()").value(breach.evidence().size()));
        api.call(GET, "/api/hr/claims/" + UUID.randomUUID(), LEGAL, null).andExpect(status().isNotFound());
        api.call(PATCH, claimUrl, LEGAL, "{\"status\":\"SETTLED\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("claim-transition"));
        api.call(PATCH, claimUrl, LEGAL, "{}").andExpect(status().isBadRequest());
        api.call(PATCH, claimUrl, LEGAL, "{\"status\":\"LOST\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        api.call(PATCH, claimUrl, LEGAL, "{\"status\":\"SENT\",\"note\":\"Letter sent by courier\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.notes").value(org.hamcrest.Matchers.containsString("lev.legal: Letter sent by courier")));
        api.call(PATCH, claimUrl, LEGAL, "{\"status\":\"SETTLED\",\"note\":\"Paid 15000\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SETTLED"));
        api.call(PATCH, claimUrl, LEGAL, "{\"status\":\"WAIVED\"}").andExpect(status().isConflict());
        api.call(GET, "/api/hr/claims?open=true", LEGAL, null).andExpect(jsonPath("$.length()").value(0));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'claim.changed' and target_id = :id")
                .param("id", breach.breachId()).query(Long.class).single()).isEqualTo(2);

        // a churn back-dated years, to before the departure, but recorded inside the window counts on the day recorded
        Instant recorded = Instant.now().plus(10, ChronoUnit.DAYS);
        send(kafka, new ClientChurned(late, 9, "Delta Late", UUID.randomUUID().toString(), "Price", null, null,
                today.minusYears(3), recorded), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> claimsFor(late) == 1);
        assertThat(jdbc.sql("select churned_on from non_solicitation_claim where client_id = cast(:c as uuid)")
                .param("c", late).query(LocalDate.class).single()).isEqualTo(LocalDate.ofInstant(recorded, ZoneId.of("UTC")));
        assertThat(jdbc.sql("select evidence from non_solicitation_claim where client_id = cast(:c as uuid)")
                .param("c", late).query(String.class).single()).contains("with the date " + today.minusYears(3));
    }
}
