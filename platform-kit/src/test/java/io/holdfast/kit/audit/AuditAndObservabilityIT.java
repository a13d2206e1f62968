package io.holdfast.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import io.holdfast.contracts.Topics;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;
import io.holdfast.kit.testapp.WidgetListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HoldfastIntegrationTest
class AuditAndObservabilityIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void aWriteIsAuditedWithActorTargetAndTraceIdAndTheTraceCrossesKafka() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736".replace("4bf9", UUID.randomUUID().toString().substring(0, 4));
        String userId = UUID.randomUUID().toString();
        String body = mvc.perform(post("/api/kit/widgets")
                        .header("Authorization", "Bearer " + TestTokens.token(userId, "olga.owner", "owner"))
                        .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"audited-" + traceId + "\",\"quantity\":2}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode created = JsonMapper.shared().readTree(body);
        String widgetId = created.get("id").asString();

        mvc.perform(get("/api/kit/audit").param("targetId", widgetId)
                        .header("Authorization", "Bearer " + TestTokens.withRoles("legal")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value("olga.owner"))
                .andExpect(jsonPath("$[0].action").value("widget.created"))
                .andExpect(jsonPath("$[0].targetType").value("widget"))
                .andExpect(jsonPath("$[0].traceId").value(traceId));

        // The event carries the trace to Kafka, and the consumer logs under the same trace id.
        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_CLIENTS)) {
            var records = probe.until(r -> r.stream().anyMatch(x -> widgetId.equals(x.key())), Duration.ofSeconds(20));
            var record = records.stream().filter(x -> widgetId.equals(x.key())).findFirst().orElseThrow();
            assertThat(TopicProbe.header(record, "traceparent")).contains(traceId);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> WidgetListener.TRACE_IDS.containsKey(widgetId));
        assertThat(WidgetListener.TRACE_IDS.get(widgetId)).isEqualTo(traceId);
    }

    @Test
    void theAuditTrailIsForOwnerAndLegalOnly() throws Exception {
        mvc.perform(get("/api/kit/audit").header("Authorization", "Bearer " + TestTokens.withRoles("finance")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/kit/audit").header("Authorization", "Bearer " + TestTokens.withRoles("owner")))
                .andExpect(status().isOk());
    }

    @Test
    void healthProbesAndPrometheusMetricsAreExposed() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("holdfast_outbox_pending")))
                .andExpect(content().string(containsString("holdfast_outbox_oldest_age_seconds")));
    }
}
