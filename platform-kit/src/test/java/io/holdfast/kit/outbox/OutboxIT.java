package io.holdfast.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.holdfast.contracts.CloudEventHeaders;
import io.holdfast.contracts.EventCatalog;
import io.holdfast.contracts.EventSchemas;
import io.holdfast.contracts.Topics;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestDatabases;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.KitTestApplication;
import io.holdfast.kit.testapp.WidgetEvents;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@HoldfastIntegrationTest
class OutboxIT {

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;
    @Value("${holdfast.database.name}")
    String database;

    private static final long MARKER = 999;

    @Test
    void aCommittedEventIsPublishedOnceWithCloudEventsHeadersAndValidatesAgainstItsSchema() {
        String subject = UUID.randomUUID().toString();
        UUID id = tx.execute(s -> outbox.publish(WidgetEvents.sample(subject)));

        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_CLIENTS)) {
            List<ConsumerRecord<String, String>> mine = throughMarker(probe, subject, tx, outbox).stream()
                    .filter(r -> id.toString().equals(TopicProbe.header(r, CloudEventHeaders.ID))).toList();
            assertThat(mine).hasSize(1);
            ConsumerRecord<String, String> record = mine.getFirst();
            var descriptor = EventCatalog.of(WidgetEvents.sample(subject).getClass());
            assertThat(record.key()).isEqualTo(subject);
            assertThat(TopicProbe.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(TopicProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/holdfast/kit-test");
            assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(descriptor.type());
            assertThat(TopicProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(subject);
            assertThat(TopicProbe.header(record, CloudEventHeaders.TIME)).isNotBlank();
            assertThat(TopicProbe.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(EventSchemas.validate(descriptor, record.value())).isEmpty();
        }
        assertThat(jdbc.sql("select published_at is not null from outbox_event where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String subject = UUID.randomUUID().toString();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            outbox.publish(WidgetEvents.sample(subject));
            throw new IllegalStateException("business rule failed");
        })).hasMessage("business rule failed");

        assertThat(jdbc.sql("select count(*) from outbox_event where subject = :s").param("s", subject)
                .query(Long.class).single()).isZero();
        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_CLIENTS)) {
            assertThat(throughMarker(probe, subject, tx, outbox)).allMatch(r -> WidgetEvents.version(r.value()) == MARKER);
        }
    }

    @Test
    void publishedEventsAreDeletedAfterTheRetentionButPendingOnesNever(@Autowired OutboxRelay relay) {
        String published = UUID.randomUUID().toString();
        UUID id = tx.execute(s -> outbox.publish(WidgetEvents.sample(published)));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select published_at is not null from outbox_event where id = :id").param("id", id)
                .query(Boolean.class).single());
        relay.stop(); // keep the relay from picking up the fake row below while we look
        // a pending row older than the cutoff must survive: it has not been sent yet
        UUID pending = UUID.randomUUID();
        jdbc.sql("""
                insert into outbox_event (id, topic, message_key, event_type, subject, payload, created_at)
                values (:id, 'nowhere', 'k', 't', 's', '{}', now() - interval '30 days')
                """).param("id", pending).update();
        try {
            assertThat(relay.purgePublishedBefore(java.time.Instant.now().minus(Duration.ofDays(1)))).isZero();
            assertThat(relay.purgePublishedBefore(java.time.Instant.now().plusSeconds(1))).isGreaterThanOrEqualTo(1);
            assertThat(jdbc.sql("select count(*) from outbox_event where id = :id").param("id", id)
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from outbox_event where id = :id").param("id", pending)
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("delete from outbox_event where id = :id").param("id", pending).update();
            relay.start();
        }
    }

    @Test
    void anEventKafkaRefusesForGoodIsParkedWithAnAlertAndTheEventsBehindItFlowOn(@Autowired MeterRegistry meters,
            @Autowired org.springframework.test.web.servlet.MockMvc mvc) throws Exception {
        // 1.5 MB: above the producer's max.request.size (1 MB), so Kafka will never take it as it is
        UUID huge = UUID.randomUUID();
        String subject = "huge-" + huge;
        String payload = "{\"pad\":\"" + "x".repeat(1_500_000) + "\"}";
        jdbc.sql("""
                insert into outbox_event (id, topic, message_key, event_type, subject, payload)
                values (:id, :topic, :key, :type, :key, :payload)
                """).param("id", huge).param("topic", Topics.CRM_CLIENTS).param("key", subject)
                .param("type", EventCatalog.of(WidgetEvents.sample(subject).getClass()).type()).param("payload", payload)
                .update();
        String behind = UUID.randomUUID().toString();
        UUID next = tx.execute(s -> outbox.publish(WidgetEvents.sample(behind)));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select published_at is not null from outbox_event where id = :id").param("id", next)
                .query(Boolean.class).single());
        assertThat(jdbc.sql("select parked_at is not null and published_at is null and last_error like '%RecordTooLarge%' "
                + "from outbox_event where id = :id").param("id", huge).query(Boolean.class).single()).isTrue();
        assertThat(meters.get("holdfast.outbox.parked").gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(meters.get("holdfast.outbox.pending").gauge().value()).as("a parked event is not pending").isZero();

        String ops = "Bearer " + TestTokens.withRoles("ops");
        mvc.perform(get("/api/kit/ops/outbox/parked")
                .header("Authorization", "Bearer " + TestTokens.withRoles("owner")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/kit/ops/outbox/parked")
                .header("Authorization", ops))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[?(@.id == '" + huge + "')].payloadBytes").value(org.hamcrest.Matchers.hasItem(
                                org.hamcrest.Matchers.greaterThan(1_500_000))));

        // once the cause is fixed (here: the payload trimmed), ops put it back and it is published, once
        jdbc.sql("update outbox_event set payload = :p where id = :id").param("p", EventJson.write(WidgetEvents.sample(subject)))
                .param("id", huge).update();
        mvc.perform(post("/api/kit/ops/outbox/parked/" + huge + "/retry").header("Authorization", ops))
                .andExpect(status().isOk());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select published_at is not null from outbox_event where id = :id").param("id", huge)
                .query(Boolean.class).single());
        mvc.perform(post("/api/kit/ops/outbox/parked/" + huge + "/retry").header("Authorization", ops))
                .andExpect(status().isNotFound());
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.publish(WidgetEvents.sample("x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside the business transaction");
    }

    @Test
    void anEventCommittedWhileNoPublisherRunsIsPublishedWhenOneStartsAgain() {
        String db = TestDatabases.create();
        String subject = UUID.randomUUID().toString();
        // The first process commits, then dies before it publishes anything.
        try (ConfigurableApplicationContext dying = instance(db, "holdfast.outbox.relay.enabled=false")) {
            dying.getBean(TransactionTemplate.class)
                    .executeWithoutResult(s -> dying.getBean(Outbox.class).publish(WidgetEvents.sample(subject)));
            assertThat(dying.getBean(JdbcClient.class).sql("select published_at is null from outbox_event where subject = :s")
                    .param("s", subject).query(Boolean.class).single()).as("committed, not yet published").isTrue();
        }
        // The next process publishes it, once.
        try (ConfigurableApplicationContext restarted = instance(db);
                TopicProbe probe = new TopicProbe(brokers, Topics.CRM_CLIENTS)) {
            assertThat(throughMarker(probe, subject, restarted.getBean(TransactionTemplate.class), restarted.getBean(Outbox.class)))
                    .filteredOn(r -> WidgetEvents.version(r.value()) != MARKER).hasSize(1);
        }
    }

    @Test
    void twoInstancesPublishEveryEventInOrderPerAggregate() {
        String db = TestDatabases.create();
        try (ConfigurableApplicationContext a = instance(db); ConfigurableApplicationContext b = instance(db);
                TopicProbe probe = new TopicProbe(brokers, Topics.CRM_CLIENTS)) {
            String aggregate = "two-" + UUID.randomUUID();
            Set<Long> versions = new HashSet<>();
            IntStream.range(1, 101).forEach(v -> {
                ConfigurableApplicationContext writer = v % 2 == 0 ? a : b;
                versions.add((long) v);
                writer.getBean(TransactionTemplate.class).executeWithoutResult(
                        s -> writer.getBean(Outbox.class).publish(WidgetEvents.sample(aggregate, v)));
            });
            List<ConsumerRecord<String, String>> records = probe.until(
                    r -> r.stream().filter(x -> aggregate.equals(x.key())).count() >= 100, Duration.ofSeconds(30));
            List<Long> seen = records.stream().filter(r -> aggregate.equals(r.key()))
                    .map(r -> WidgetEvents.version(r.value())).toList();
            assertThat(new HashSet<>(seen)).isEqualTo(versions);
            assertThat(seen).isSorted();
        }
    }

    @Test
    void metricsShowPendingEventsAndTheAgeOfTheOldest() throws InterruptedException {
        try (ConfigurableApplicationContext paused = instance(TestDatabases.create(),
                "holdfast.outbox.relay.enabled=false")) {
            MeterRegistry meters = paused.getBean(MeterRegistry.class);
            assertThat(meters.get("holdfast.outbox.pending").gauge().value()).isZero();
            for (int i = 0; i < 2; i++) {
                paused.getBean(TransactionTemplate.class).executeWithoutResult(
                        s -> paused.getBean(Outbox.class).publish(WidgetEvents.sample(UUID.randomUUID().toString())));
            }
            Thread.sleep(1100);
            assertThat(meters.get("holdfast.outbox.pending").gauge().value()).isEqualTo(2);
            assertThat(meters.get("holdfast.outbox.oldest.age").gauge().value()).isGreaterThanOrEqualTo(1.0);
        }
    }

    /**
     * Publishes a later event of the same aggregate and waits until it arrives: one aggregate is one partition, so
     * whatever was sent for it before has arrived by then. Returns the aggregate's records, the marker included.
     */
    private List<ConsumerRecord<String, String>> throughMarker(TopicProbe probe, String aggregate, TransactionTemplate tx,
            Outbox outbox) {
        tx.executeWithoutResult(s -> outbox.publish(WidgetEvents.sample(aggregate, MARKER)));
        return probe.until(r -> r.stream().anyMatch(x -> aggregate.equals(x.key()) && WidgetEvents.version(x.value()) == MARKER),
                Duration.ofSeconds(20)).stream().filter(r -> aggregate.equals(r.key())).toList();
    }

    /** Another instance of the same service on the given database and the same broker. */
    private ConfigurableApplicationContext instance(String db, String... extra) {
        String[] props = Stream.concat(Stream.of(TestTokens.properties()), Stream.of(
                "holdfast.database.name=" + db,
                "holdfast.database.host=" + TestDatabases.host(),
                "holdfast.database.port=" + TestDatabases.port(),
                "spring.kafka.bootstrap-servers=" + brokers,
                "spring.kafka.listener.auto-startup=false",
                "holdfast.outbox.poll-interval=200ms",
                "server.port=0")).toArray(String[]::new);
        // as command-line arguments, so they win over application.yaml (the instance must use this test's database)
        String[] args = Stream.concat(Stream.of(props), Stream.of(extra)).map(p -> "--" + p).toArray(String[]::new);
        return new SpringApplicationBuilder(KitTestApplication.class).run(args);
    }
}
