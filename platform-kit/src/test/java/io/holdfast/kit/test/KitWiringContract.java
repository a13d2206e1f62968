package io.holdfast.kit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.holdfast.contracts.CloudEventHeaders;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.notify.Channel;
import io.holdfast.contracts.notify.NotificationDelivered;
import io.holdfast.kit.inbox.Inbox;
import io.holdfast.kit.outbox.Outbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every service proves about its platform-kit wiring, against the real PostgreSQL and a Kafka broker in
 * the JVM: its database is created and migrated, an event written in a transaction goes out through the
 * outbox and reaches a listener once, and a redelivery of it has no second effect. A service test extends
 * this class and is annotated with {@link HoldfastIntegrationTest}.
 */
@Import(KitWiringContract.Probe.class)
public abstract class KitWiringContract {

    @Autowired
    protected Outbox outbox;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected KafkaTemplate<String, String> kafka;

    @Test
    void theServiceDatabaseIsMigratedWithTheKitTables() {
        for (String table : new String[] { "outbox_event", "processed_event", "dead_letter", "token_deny_list",
                "audit_log" }) {
            assertThat(jdbc.sql("select to_regclass(:t) is not null").param("t", table).query(Boolean.class).single())
                    .as(table).isTrue();
        }
    }

    @Test
    void anEventWrittenInATransactionReachesAListenerOnceEvenWhenRedelivered() throws Exception {
        String deliveryId = UUID.randomUUID().toString();
        UUID eventId = tx.execute(s -> outbox.publish(new NotificationDelivered(deliveryId, 1,
                UUID.randomUUID().toString(), "probe", "probe@example.org", Channel.EMAIL, Instant.now())));

        await().atMost(Duration.ofSeconds(30)).until(() -> Probe.effects(deliveryId) == 1);
        ConsumerRecord<String, String> original = Probe.RECORDS.get(deliveryId);
        assertThat(new String(original.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                .isEqualTo(eventId.toString());

        // The broker delivers the same event again (a producer retry, a rebalance, a replay).
        ProducerRecord<String, String> again = new ProducerRecord<>(original.topic(), original.key(), original.value());
        original.headers().forEach(h -> again.headers().add(h));
        kafka.send(again).get();
        await().atMost(Duration.ofSeconds(20)).until(() -> Probe.deliveries(deliveryId) == 2);
        assertThat(Probe.effects(deliveryId)).isEqualTo(1);
    }

    @TestConfiguration
    public static class Probe {
        static final Map<String, AtomicInteger> EFFECTS = new ConcurrentHashMap<>();
        static final Map<String, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();
        static final Map<String, ConsumerRecord<String, String>> RECORDS = new ConcurrentHashMap<>();

        @Autowired
        Inbox inbox;

        @KafkaListener(id = "kit-wiring-probe", groupId = "${spring.application.name}.kit-wiring-probe",
                topics = Topics.NOTIFY_DELIVERIES)
        void on(ConsumerRecord<String, String> record) {
            RECORDS.putIfAbsent(record.key(), record);
            inbox.handle(record, "kit-wiring-probe",
                    event -> EFFECTS.computeIfAbsent(event.subject(), k -> new AtomicInteger()).incrementAndGet());
            DELIVERIES.computeIfAbsent(record.key(), k -> new AtomicInteger()).incrementAndGet();
        }

        static int effects(String key) {
            return EFFECTS.getOrDefault(key, new AtomicInteger()).get();
        }

        static int deliveries(String key) {
            return DELIVERIES.getOrDefault(key, new AtomicInteger()).get();
        }
    }
}
