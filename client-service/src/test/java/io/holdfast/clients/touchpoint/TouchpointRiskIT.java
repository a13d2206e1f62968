package io.holdfast.clients.touchpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.HrEvents;
import io.holdfast.clients.TestData;
import io.holdfast.contracts.EventSchemas;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.ClientRiskChanged;
import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.contracts.notify.CompanyDocumentIssued;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Touchpoints, the cadence's due list, company documents as touches, and the risk score with its events. */
@HoldfastIntegrationTest
class TouchpointRiskIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    io.holdfast.kit.inbox.Inbox inbox;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    final String owner = TestTokens.withRoles("owner");

    String register(String token, String name, String manager, String contactEmail) throws Exception {
        String body = """
                {"name":"%s","taxId":"TX-%s","segment":"SMB","team":"touch","accountManagerUserId":"%s",
                 "executiveSponsorUserId":"%s","clientSince":"2019-05-01","yearlyRevenue":"5000.00","currency":"EUR",
                 "contacts":[{"name":"Only Contact","email":"%s","primary":true,"billing":true}]}
                """.formatted(name, UUID.randomUUID().toString().substring(0, 10), manager, UUID.randomUUID(), contactEmail);
        return io.holdfast.clients.TestData.register(mvc, token, body);
    }

    List<ConsumerRecord<String, String>> awaitEvents(String type, String key, int count) {
        return TestData.events(brokers, Topics.CRM_CLIENTS, type, key, count);
    }

    @Test
    void anAccountManagerRecordsTouchpointsOnTheirOwnClientsOnlyAndTheDueListFollowsTheCadence() throws Exception {
        String manager = UUID.randomUUID().toString();
        String token = TestTokens.token(manager, "tina", "account-manager");
        String certifierId = UUID.randomUUID().toString();
        String certifier = TestTokens.token(certifierId, "olga", "owner");
        String id = register(token, "Touched Co", manager, "ceo@touched.example.com");
        String foreign = register(owner, "Untouchable Co", UUID.randomUUID().toString(), "ceo@untouchable.example.com");

        mvc.perform(get("/api/clients/touchpoints/due").param("scope", "mine").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.clientId == '" + id + "')].executive.state").value(hasItem("OVERDUE")))
                .andExpect(jsonPath("$[*].clientId").value(not(hasItem(foreign))));
        mvc.perform(get("/api/clients/touchpoints/due").param("scope", "all").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[*].clientId").value(not(hasItem(foreign))));
        mvc.perform(get("/api/clients/touchpoints/due").param("scope", "everyone").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scope"));

        String touch = """
                {"kind":"EXECUTIVE_CALL","at":"%s","notes":"quarterly review","companyLevel":true}""".formatted(Instant.now().minusSeconds(60));
        mvc.perform(post("/api/clients/" + foreign + "/touchpoints").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(touch)).andExpect(status().isNotFound());
        mvc.perform(post("/api/clients/" + id + "/touchpoints").header("Authorization", "Bearer " + TestTokens.withRoles("finance"))
                .contentType(MediaType.APPLICATION_JSON).content(touch)).andExpect(status().isForbidden());
        mvc.perform(post("/api/clients/" + id + "/touchpoints").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(touch.replace("EXECUTIVE_CALL", "PIGEON")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(post("/api/clients/" + id + "/touchpoints").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(touch.replaceAll("\"at\":\"[^\"]+\"", "\"at\":\"2999-01-01T00:00:00Z\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("at"));
        // the manager cannot certify his own client's company-level touch (it would clear its risk): refused, audited
        long refusals = jdbc.sql("select count(*) from audit_log where action = 'touchpoint.company-level-refused'")
                .query(Long.class).single();
        mvc.perform(post("/api/clients/" + id + "/touchpoints").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(touch))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("COMPANY_TOUCH_NOT_CERTIFIED"));
        mvc.perform(post("/api/clients/" + id + "/touchpoints").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(touch.replace("EXECUTIVE_CALL", "MEETING")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("COMPANY_TOUCH_NOT_CERTIFIED"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'touchpoint.company-level-refused'")
                .query(Long.class).single()).isEqualTo(refusals + 2);
        assertThat(jdbc.sql("select count(*) from touchpoint where client_id = :c").param("c", UUID.fromString(id))
                .query(Long.class).single()).isZero();
        // the owner can
        mvc.perform(post("/api/clients/" + id + "/touchpoints").header("Authorization", "Bearer " + certifier)
                        .contentType(MediaType.APPLICATION_JSON).content(touch))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.executive").value(true));

        mvc.perform(get("/api/clients/" + id + "/touchpoints").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[0].kind").value("EXECUTIVE_CALL")).andExpect(jsonPath("$[0].notes").value("quarterly review"));
        mvc.perform(get("/api/clients/" + foreign + "/touchpoints").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/clients/touchpoints/due").param("scope", "mine").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[*].clientId").value(not(hasItem(id))));

        ConsumerRecord<String, String> record = awaitEvents("io.holdfast.crm.TouchpointRecorded.v1", id, 1).getFirst();
        assertThat(EventSchemas.validate(TouchpointRecorded.class, record.value())).isEmpty();
        TouchpointRecorded event = EventJson.read(record.value(), TouchpointRecorded.class);
        assertThat(event.byUserId()).isEqualTo(certifierId);
        assertThat(event.companyLevel()).isTrue();
    }

    @Test
    void aCompanyDocumentIsACompanyLevelTouchpointOnceEvenIfAnnouncedTwice() throws Exception {
        String id = register(owner, "Lettered Co", UUID.randomUUID().toString(), "ceo@lettered.example.com");
        String issuer = UUID.randomUUID().toString();
        var doc = new CompanyDocumentIssued(UUID.randomUUID().toString(), 1, id, CompanyDocumentIssued.Kind.PARTNER_CERTIFICATE,
                issuer, "en", Instant.now());
        long handled = inbox.count("touchpoints", io.holdfast.kit.inbox.Inbox.Outcome.PROCESSED);
        HrEvents.send(kafka, doc);
        HrEvents.send(kafka, doc);
        // two deliveries under two event ids: both handled, one touchpoint
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inbox.count("touchpoints", io.holdfast.kit.inbox.Inbox.Outcome.PROCESSED) >= handled + 2);
        assertThat(jdbc.sql("select kind || ' ' || company_level from touchpoint where client_id = :c").param("c", UUID.fromString(id))
                .query(String.class).list()).containsExactly("CERTIFICATE true");
    }

    @Test
    void theRiskScoreExplainsItselfAndABandChangeIsAnnounced() throws Exception {
        String manager = UUID.randomUUID().toString();
        String employeeId = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(employeeId, manager, "rita", "touch", "account-manager"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from employee where user_id = :u")
                .param("u", manager).query(Long.class).single() == 1);
        String token = TestTokens.token(manager, "rita", "account-manager");
        String id = register(token, "Risky Co", manager, "boss@gmail.com");

        // single-threaded, both touches overdue, contacts only on free mail: 15 + 15 + 15 + 10 = 55
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/clients/" + id + "/risk")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.score").value(55)).andExpect(jsonPath("$.band").value("MEDIUM")));
        mvc.perform(get("/api/clients/" + id + "/risk").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.reasons").value(hasItem("the client's contacts are reachable only through the manager")))
                // the codes beside the English reasons, for a reader that shows them in another language
                .andExpect(jsonPath("$.factors").value(hasItem("CONTACTS_ONLY_THROUGH_MANAGER")));
        mvc.perform(get("/api/clients/" + id + "/risk").header("Authorization", "Bearer " + TestTokens.withRoles("account-manager")))
                .andExpect(status().isNotFound());

        HrEvents.send(kafka, HrEvents.departure(employeeId, manager, UUID.randomUUID().toString(), "touch"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/clients/" + id + "/risk")
                        .header("Authorization", "Bearer " + owner))
                .andExpect(jsonPath("$.score").value(95)).andExpect(jsonPath("$.band").value("HIGH")));
        mvc.perform(get("/api/clients/risk").param("band", "HIGH").header("Authorization", "Bearer " + owner))
                .andExpect(jsonPath("$[?(@.clientId == '" + id + "')].reasons[0]").value(hasItem("the account manager is leaving")));
        mvc.perform(get("/api/clients").param("risk", "HIGH").param("q", "Risky Co").header("Authorization", "Bearer " + owner))
                .andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/clients").param("risk", "LOW").param("q", "Risky Co").header("Authorization", "Bearer " + owner))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/clients").param("risk", "SCARY").header("Authorization", "Bearer " + owner))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/clients/risk").header("Authorization", "Bearer " + TestTokens.withRoles("account-manager")))
                .andExpect(jsonPath("$[*].clientId").value(not(hasItem(id))));

        List<ConsumerRecord<String, String>> changes = awaitEvents("io.holdfast.crm.ClientRiskChanged.v1", id, 2);
        assertThat(changes).hasSize(2);
        changes.forEach(c -> assertThat(EventSchemas.validate(ClientRiskChanged.class, c.value())).isEmpty());
        ClientRiskChanged first = EventJson.read(changes.get(0).value(), ClientRiskChanged.class);
        ClientRiskChanged second = EventJson.read(changes.get(1).value(), ClientRiskChanged.class);
        assertThat(first.previousBand()).isNull();
        assertThat(first.band()).isEqualTo(ClientRiskChanged.Band.MEDIUM);
        assertThat(second.previousBand()).isEqualTo(ClientRiskChanged.Band.MEDIUM);
        assertThat(second.band()).isEqualTo(ClientRiskChanged.Band.HIGH);
        assertThat(second.reasons()).contains("the account manager is leaving");
    }
}
