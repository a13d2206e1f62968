package io.holdfast.clients.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import io.holdfast.contracts.EventSchemas;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.ExportBlocked;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Export control, the access log and unusual-access detection. */
@HoldfastIntegrationTest
@TestPropertySource(properties = {"holdfast.clients.export.daily-row-limit=4",
        "holdfast.clients.access.hourly-threshold=5", "holdfast.clients.access.usual-minimum=100"})
class AccessIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    final String owner = TestTokens.withRoles("owner");

    List<UUID> clientsOf(String managerUserId, String prefix, int count) {
        return TestData.clients(jdbc, managerUserId, "access", prefix, count, i -> new BigDecimal("1000.00"));
    }

    ConsumerRecord<String, String> awaitEvent(String type, String key) {
        return TestData.event(brokers, Topics.CRM_ACCESS, type, key);
    }

    @Test
    void theExportRightIsGoneAsSoonAsDepartureScheduledIsConsumed() throws Exception {
        String employeeId = UUID.randomUUID().toString();
        String userId = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(employeeId, userId, "exporter", "access", "account-manager"));
        clientsOf(userId, "Exporter Client", 2);
        String token = TestTokens.token(userId, "exporter", "account-manager");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from employee where user_id = :u")
                .param("u", userId).query(Long.class).single() == 1);
        mvc.perform(get("/api/clients/export.csv").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Exporter Client 1")));

        long sent = System.nanoTime();
        HrEvents.send(kafka, HrEvents.departure(employeeId, userId, UUID.randomUUID().toString(), "access"));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> mvc.perform(
                get("/api/clients/export.csv").header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus() == 403);
        long blocked = System.nanoTime();
        System.out.printf("EXPORT-BLOCK: export refused %d ms after DepartureScheduled was sent%n", (blocked - sent) / 1_000_000);

        mvc.perform(get("/api/clients/export.csv").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reason").value("IN_NOTICE"));
        ConsumerRecord<String, String> event = awaitEvent("io.holdfast.crm.ExportBlocked.v1", userId);
        assertThat(EventSchemas.validate(ExportBlocked.class, event.value())).isEmpty();
        ExportBlocked payload = EventJson.read(event.value(), ExportBlocked.class);
        assertThat(payload.reason()).isEqualTo(ExportBlocked.Reason.IN_NOTICE);
        assertThat(payload.requestedRows()).isEqualTo(2);
        assertThat(payload.username()).isEqualTo("exporter");
    }

    @Test
    void theDailyRowLimitRefusesTheExportThatWouldPassItAndExportsOnlyVisibleClients() throws Exception {
        String userId = UUID.randomUUID().toString();
        String token = TestTokens.token(userId, "limited", "account-manager");
        clientsOf(userId, "Limited Mine", 5);
        clientsOf(UUID.randomUUID().toString(), "Limited Other", 3);

        mvc.perform(get("/api/clients/export.csv").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("DAILY_LIMIT"));
        String csv = mvc.perform(get("/api/clients/export.csv").param("q", "Limited Mine 1")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(2).first().asString().startsWith("id,name,taxId");
        String three = mvc.perform(get("/api/clients/export.csv").param("q", "Limited").param("status", "ACTIVE")
                        .param("managerUserId", userId).header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString();
        assertThat(three).contains("DAILY_LIMIT"); // 5 more rows after 1 exported: over the limit of 4
        // an account manager's export never contains another manager's client, whatever the filter
        String other = mvc.perform(get("/api/clients/export.csv").param("q", "Limited Other")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other.lines()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from client_access where user_id = :u and kind = 'EXPORT'").param("u", userId)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/clients/export.csv").header("Authorization", "Bearer " + TestTokens.withRoles("finance")))
                .andExpect(status().isForbidden());
        ConsumerRecord<String, String> event = awaitEvent("io.holdfast.crm.ExportBlocked.v1", userId);
        assertThat(EventJson.read(event.value(), ExportBlocked.class).reason()).isEqualTo(ExportBlocked.Reason.DAILY_LIMIT);
    }

    @Test
    void everyDetailReadIsInTheAccessLogThatOnlyTheOwnerSees() throws Exception {
        String userId = UUID.randomUUID().toString();
        UUID client = clientsOf(userId, "Logged Client", 1).getFirst();
        mvc.perform(get("/api/clients/" + client).header("Authorization", "Bearer " + TestTokens.token(userId, "reader", "account-manager")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/clients/access-log").param("clientId", client.toString()).header("Authorization", "Bearer " + owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].userId").value(userId))
                .andExpect(jsonPath("$[0].username").value("reader"))
                .andExpect(jsonPath("$[0].kind").value("READ"));
        mvc.perform(get("/api/clients/access-log").param("userId", userId).header("Authorization", "Bearer " + owner))
                .andExpect(jsonPath("$[0].clientId").value(client.toString()));
        // unfiltered: the latest entries company-wide, newest first
        mvc.perform(get("/api/clients/access-log").param("limit", "5").header("Authorization", "Bearer " + owner))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].userId").value(userId))
                .andExpect(jsonPath("$[0].clientId").value(client.toString()));
        for (String role : List.of("account-manager", "team-lead", "hr", "legal", "finance")) {
            mvc.perform(get("/api/clients/access-log").param("clientId", client.toString())
                    .header("Authorization", "Bearer " + TestTokens.withRoles(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void readingMoreDistinctClientsInAnHourThanTheThresholdIsReportedOnce() throws Exception {
        String userId = UUID.randomUUID().toString();
        String token = TestTokens.token(userId, "hoarder", "account-manager");
        List<UUID> clients = clientsOf(userId, "Hoarded", 8);
        for (UUID id : clients) {
            mvc.perform(get("/api/clients/" + id).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        }
        ConsumerRecord<String, String> event = awaitEvent("io.holdfast.crm.SuspiciousAccessDetected.v1", userId);
        assertThat(EventSchemas.validate(SuspiciousAccessDetected.class, event.value())).isEmpty();
        SuspiciousAccessDetected payload = EventJson.read(event.value(), SuspiciousAccessDetected.class);
        assertThat(payload.distinctClients()).isEqualTo(6);
        assertThat(payload.threshold()).isEqualTo(5);
        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_ACCESS)) {
            long reports = probe.allPublishedBy(jdbc).stream().filter(r -> userId.equals(r.key())
                    && "io.holdfast.crm.SuspiciousAccessDetected.v1".equals(TopicProbe.header(r, "ce_type"))).count();
            assertThat(reports).isEqualTo(1);
        }
    }
}
