package io.holdfast.kit.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads a topic from the beginning, as an outside subscriber would, to check what a service published. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicProbe(String bootstrapServers, String... topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(topics));
    }

    /** Polls until {@code done} holds for everything seen so far, or the timeout passes; returns all seen. */
    public List<ConsumerRecord<String, String>> until(Predicate<List<ConsumerRecord<String, String>>> done,
            Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (!done.test(seen) && Instant.now().isBefore(end)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /**
     * Everything the service whose database is {@code serviceDb} has published by now: waits until its outbox
     * holds nothing unpublished, then reads the topics to their end. Proves "exactly once" without guessing how
     * long to wait: what is not there now was never written.
     */
    public List<ConsumerRecord<String, String>> allPublishedBy(JdbcClient serviceDb) {
        Duration timeout = Duration.ofSeconds(30);
        Awaitility.await("the outbox is drained").atMost(timeout).until(() -> serviceDb.sql(
                "select count(*) from outbox_event where published_at is null and parked_at is null")
                .query(Long.class).single() == 0);
        return toEnd(timeout);
    }

    /** Reads until this probe has caught up with the end of every partition of its topics, as of now. */
    public List<ConsumerRecord<String, String>> toEnd(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (consumer.assignment().isEmpty() && Instant.now().isBefore(end)) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (!Instant.now().isBefore(end)) {
                throw new IllegalStateException("Could not read " + ends.keySet() + " to their end in " + timeout);
            }
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
