package io.holdfast.clients.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.TestData;
import io.holdfast.contracts.EventSchemas;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.contracts.crm.SuspiciousAccessDetected.ReasonCode;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The preparation signal: each reason computed from seeded data, shown to the owner, and reported once. */
@HoldfastIntegrationTest
@TestPropertySource(properties = {"holdfast.clients.preparation.reads-minimum=5",
        "holdfast.clients.export.daily-row-limit=500"})
class PreparationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PreparationWatch watch;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    final Instant now = Instant.now();

    void employee(String userId, String username, String team, String roles) {
        jdbc.sql("insert into employee (user_id, employee_id, username, team, roles, status) values (:u, :e, :n, :t, :r, 'ACTIVE')")
                .param("u", userId).param("e", UUID.randomUUID().toString()).param("n", username).param("t", team)
                .param("r", roles).update();
    }

    void contactAudit(String username, UUID client, String email, Duration ago) {
        jdbc.sql("insert into audit_log (at, actor, action, target_type, target_id, details) values (:at, :a, 'client.contact-changed', 'client', :c, :d)")
                .param("at", Timestamp.from(now.minus(ago))).param("a", username).param("c", client.toString())
                .param("d", "{\"contactId\":\"" + UUID.randomUUID() + "\",\"email\":\"" + email + "\"}").update();
    }

    void touch(UUID client, String by, boolean company, Duration ago) {
        jdbc.sql("insert into touchpoint (id, client_id, kind, by_user_id, at, company_level, executive) values (:id, :c, :k, :b, :at, :co, false)")
                .param("id", UUID.randomUUID()).param("c", client).param("k", company ? "THANK_YOU_LETTER" : "CALL")
                .param("b", by).param("at", Timestamp.from(now.minus(ago))).param("co", company).update();
    }

    void reads(String userId, String username, List<UUID> clients, Duration ago) {
        jdbc.sql("insert into client_access (at, user_id, username, kind, what, client_ids) values (:at, :u, :n, 'READ', 'LIST', :c)")
                .param("at", Timestamp.from(now.minus(ago))).param("u", userId).param("n", username)
                .param("c", clients.toArray(UUID[]::new)).update();
    }

    void export(String userId, int rows, Duration ago) {
        jdbc.sql("insert into export_run (at, user_id, rows) values (:at, :u, :r)")
                .param("at", Timestamp.from(now.minus(ago))).param("u", userId).param("r", rows).update();
    }

    @Test
    void everyReasonIsComputedFromWhatThePersonDidShownWithEvidenceAndReportedOnce() throws Exception {
        String userId = UUID.randomUUID().toString();
        String username = "prep-" + userId.substring(0, 8);
        employee(userId, username, "prep", "account-manager");
        List<UUID> clients = TestData.clients(jdbc, userId, "prep", "Prepared " + userId.substring(0, 8), 12,
                i -> new BigDecimal("1000.00"));
        // five contact changes within 30 days, two of them to free mail; one older change does not count
        for (int i = 0; i < 5; i++) {
            contactAudit(username, clients.get(i), i < 2 ? "boss" + i + "@gmail.com" : "boss" + i + "@client.example",
                    Duration.ofDays(i + 1));
        }
        contactAudit(username, clients.get(11), "old@gmail.com", Duration.ofDays(45));
        // company-level touches: 3 of 4 two months ago, 0 of 4 in the last weeks
        for (int i = 0; i < 4; i++) {
            touch(clients.get(i), userId, i < 3, Duration.ofDays(60 + i));
            touch(clients.get(i), userId, false, Duration.ofDays(2 + i));
        }
        // reads: 12 distinct clients this week, 8 over the four weeks before (2 a week)
        reads(userId, username, clients, Duration.ofDays(1));
        reads(userId, username, clients.subList(0, 8), Duration.ofDays(14));
        // exports: two days at 90% of the daily limit, one day far below
        export(userId, 450, Duration.ofDays(3));
        export(userId, 420, Duration.ofDays(5));
        export(userId, 20, Duration.ofDays(6));

        String owner = TestTokens.withRoles("owner");
        mvc.perform(get("/api/clients/preparation-signals").header("Authorization", "Bearer " + owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.userId == '" + userId + "')].score").value(125))
                .andExpect(jsonPath("$[?(@.userId == '" + userId + "')].username").value(username));
        PreparationSignal.Signal signal = watch.signals(Instant.now()).stream().filter(s -> s.userId().equals(userId))
                .findFirst().orElseThrow();
        assertThat(signal.reasons()).extracting(e -> e.reason().name(), PreparationSignal.Evidence::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CONTACTS_TO_FREE_MAIL", 2),
                org.assertj.core.groups.Tuple.tuple("CONTACTS_CHANGED", 5),
                org.assertj.core.groups.Tuple.tuple("READS_ABOVE_USUAL", 12),
                org.assertj.core.groups.Tuple.tuple("COMPANY_TOUCH_SHARE_FALLING", 4),
                org.assertj.core.groups.Tuple.tuple("EXPORTS_NEAR_LIMIT", 2));
        assertThat(signal.reasons().get(0).clientIds()).containsExactlyInAnyOrderElementsOf(clients.subList(0, 2));
        assertThat(signal.reasons().get(1).clientIds()).containsExactlyInAnyOrderElementsOf(clients.subList(0, 5));
        assertThat(signal.reasons().get(2).clientIds()).containsExactlyInAnyOrderElementsOf(clients);
        assertThat(signal.reasons().get(3).clientIds()).containsExactlyInAnyOrderElementsOf(clients.subList(0, 4));
        assertThat(signal.reasons().get(4).first()).isBefore(now.minus(Duration.ofDays(4)));

        // the team lead of the person's team sees them; another team's lead and an account manager do not
        String lead = UUID.randomUUID().toString();
        employee(lead, "lead-" + lead.substring(0, 8), "prep", "team-lead");
        mvc.perform(get("/api/clients/preparation-signals").header("Authorization", "Bearer " + TestTokens.token(lead, "lead", "team-lead")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.userId == '" + userId + "')].score").value(125));
        String otherLead = UUID.randomUUID().toString();
        employee(otherLead, "other-" + otherLead.substring(0, 8), "elsewhere", "team-lead");
        mvc.perform(get("/api/clients/preparation-signals").header("Authorization", "Bearer " + TestTokens.token(otherLead, "other", "team-lead")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.userId == '" + userId + "')]").isEmpty());
        mvc.perform(get("/api/clients/preparation-signals").header("Authorization", "Bearer " + TestTokens.token(userId, username, "account-manager")))
                .andExpect(status().isForbidden());

        // reported once per window however often it is checked
        watch.check();
        watch.check();
        watch.check();
        // marker: after the checks, the person is put in notice and an export is refused (ExportBlocked on the
        // same key, published after any alert the checks raised)
        jdbc.sql("update employee set status = 'NOTICE_GIVEN' where user_id = :u").param("u", userId).update();
        mvc.perform(get("/api/clients/export.csv").header("Authorization", "Bearer " + TestTokens.token(userId, username, "account-manager")))
                .andExpect(status().isForbidden());
        List<ConsumerRecord<String, String>> upToMarker;
        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_ACCESS)) {
            upToMarker = probe.until(r -> r.stream().anyMatch(x -> userId.equals(x.key())
                    && "io.holdfast.crm.ExportBlocked.v1".equals(TopicProbe.header(x, "ce_type"))), Duration.ofSeconds(30));
        }
        List<ConsumerRecord<String, String>> alerts = upToMarker.stream().filter(r -> userId.equals(r.key())
                && "io.holdfast.crm.SuspiciousAccessDetected.v1".equals(TopicProbe.header(r, "ce_type"))).toList();
        assertThat(alerts).singleElement().satisfies(r -> {
            assertThat(EventSchemas.validate(SuspiciousAccessDetected.class, r.value())).isEmpty();
            SuspiciousAccessDetected e = EventJson.read(r.value(), SuspiciousAccessDetected.class);
            assertThat(e.reasonCode()).isEqualTo(ReasonCode.PREPARATION_SIGNAL);
            assertThat(e.reason()).contains("125", "CONTACTS_TO_FREE_MAIL", "EXPORTS_NEAR_LIMIT");
            assertThat(e.username()).isEqualTo(username);
        });
    }
}
