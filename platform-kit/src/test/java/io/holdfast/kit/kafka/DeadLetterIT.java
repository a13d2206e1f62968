package io.holdfast.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.holdfast.contracts.CloudEventHeaders;
import io.holdfast.contracts.EventCatalog;
import io.holdfast.contracts.Topics;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.inbox.Inbox;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.testapp.WidgetEvents;
import io.holdfast.kit.testapp.WidgetListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Retries, the dead-letter topic, the ops listing and replay, and the idempotent consumer around them. */
@HoldfastIntegrationTest
class DeadLetterIT {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    MeterRegistry meters;

    @AfterEach
    void cure() {
        WidgetListener.POISON.clear();
        WidgetListener.KNOWN_FROM.clear();
    }

    @Test
    void anEventNamingWhatIsNotKnownYetIsWaitedForLongerThanOrdinaryRetriesAndProcessedOnceInsteadOfDeadLettered() {
        // ordinary failures are retried for about 3.5 s (0.5 + 1 + 2) and then dead-lettered; this one needs 6 s
        String subject = "later-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        WidgetListener.KNOWN_FROM.put(subject, java.time.Instant.now().plusSeconds(6));
        long processedBefore = inbox.count("widget-listener", Inbox.Outcome.PROCESSED);
        send(subject, eventId);
        await().atMost(Duration.ofSeconds(60)).until(() -> effects(subject) == 1);
        assertThat(jdbc.sql("select count(*) from dead_letter where event_id = :id").param("id", eventId)
                .query(Long.class).single()).isZero();
        assertThat(inbox.count("widget-listener", Inbox.Outcome.PROCESSED)).isGreaterThan(processedBefore);
    }

    @Test
    void aPoisonMessageIsDeadLetteredWhileTheGoodOnesAreProcessedAndReplayAfterTheFixProcessesItOnce() throws Exception {
        String poison = "poison-" + UUID.randomUUID();
        WidgetListener.POISON.add(poison);
        List<String> good = List.of("good-1-" + UUID.randomUUID(), "good-2-" + UUID.randomUUID(),
                "good-3-" + UUID.randomUUID());
        send(good.get(0), UUID.randomUUID().toString());
        String poisonId = UUID.randomUUID().toString();
        send(poison, poisonId);
        send(good.get(1), UUID.randomUUID().toString());
        send(good.get(2), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(effects(good.get(0)) + effects(good.get(1)) + effects(good.get(2))).isEqualTo(3);
            assertThat(jdbc.sql("select count(*) from dead_letter where event_id = :id").param("id", poisonId)
                    .query(Long.class).single()).isEqualTo(1);
        });
        assertThat(effects(poison)).isZero();

        String ops = TestTokens.withRoles("ops");
        mvc.perform(get("/api/kit/ops/dead-letters").param("status", "NEW").header("Authorization", "Bearer " + ops))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].eventId").value(poisonId))
                .andExpect(jsonPath("$[0].originalTopic").value(Topics.CRM_CLIENTS))
                .andExpect(jsonPath("$[0].consumerGroup").value("widget-listener"))
                .andExpect(jsonPath("$[0].exceptionMessage").value(org.hamcrest.Matchers.containsString("poisoned subject")))
                .andExpect(jsonPath("$[0].headers.ce_id").value(poisonId));

        long id = jdbc.sql("select id from dead_letter where event_id = :id").param("id", poisonId)
                .query(Long.class).single();

        // Not ops: no access to dead letters.
        mvc.perform(post("/api/kit/ops/dead-letters/" + id + "/replay")
                .header("Authorization", "Bearer " + TestTokens.withRoles("owner")))
                .andExpect(status().isForbidden());

        WidgetListener.POISON.remove(poison); // the fix is deployed
        mvc.perform(post("/api/kit/ops/dead-letters/" + id + "/replay").header("Authorization", "Bearer " + ops))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REPLAYED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> effects(poison) == 1);

        // Replaying again (by mistake) changes nothing: the consumer recognises the event id. Each replay is a
        // delivery; wait until the consumer has skipped them all, then look.
        long duplicatesBefore = inbox.count("widget-listener", Inbox.Outcome.DUPLICATE);
        String all = mvc.perform(post("/api/kit/ops/dead-letters/replay").header("Authorization", "Bearer " + ops))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int replayedByAll = Integer.parseInt(all.replaceAll("\\D", ""));
        mvc.perform(post("/api/kit/ops/dead-letters/" + id + "/replay").header("Authorization", "Bearer " + ops))
                .andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(20)).until(
                () -> inbox.count("widget-listener", Inbox.Outcome.DUPLICATE) == duplicatesBefore + replayedByAll + 1);
        assertThat(effects(poison)).isEqualTo(1);
        mvc.perform(get("/api/kit/ops/dead-letters/999999").header("Authorization", "Bearer " + ops))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRedeliveredEventHasItsEffectOnce() {
        String subject = "twice-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        long duplicatesBefore = inbox.count("widget-listener", Inbox.Outcome.DUPLICATE);
        send(subject, eventId);
        send(subject, eventId);
        await().atMost(Duration.ofSeconds(20)).until(() -> effects(subject) >= 1
                && inbox.count("widget-listener", Inbox.Outcome.DUPLICATE) >= duplicatesBefore + 1);
        assertThat(effects(subject)).isEqualTo(1);
        // ops see the duplicates absorbed
        assertThat(meters.get("holdfast.inbox.events").tag("consumer", "widget-listener").tag("outcome", "duplicate")
                .functionCounter().count()).isGreaterThanOrEqualTo(duplicatesBefore + 1);
    }

    @Test
    void aMessageWithoutCloudEventsHeadersGoesStraightToTheDeadLetters() {
        String key = "headless-" + UUID.randomUUID();
        kafka.send(new ProducerRecord<>(Topics.CRM_CLIENTS, key, "{}"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from dead_letter where message_key = :k").param("k", key).query(Long.class).single() == 1);
    }

    private void send(String subject, String eventId) {
        var event = WidgetEvents.sample(subject);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.CRM_CLIENTS, subject, EventJson.write(event));
        record.headers().add(new RecordHeader(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.TYPE,
                EventCatalog.of(event.getClass()).type().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader(CloudEventHeaders.SUBJECT, subject.getBytes(StandardCharsets.UTF_8)));
        kafka.send(record).join();
    }

    private long effects(String subject) {
        return jdbc.sql("select count(*) from widget_effect where subject = :s").param("s", subject)
                .query(Long.class).single();
    }
}
