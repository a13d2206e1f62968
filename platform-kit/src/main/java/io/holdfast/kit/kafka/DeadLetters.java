package io.holdfast.kit.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;

import io.holdfast.contracts.CloudEventHeaders;
import io.holdfast.contracts.Topics;
import io.holdfast.kit.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/** The dead letters of this service: collected from the dead-letter topics, listed and replayed by ops. */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final TypeReference<LinkedHashMap<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> template;
    private final Supplier<Set<String>> ownGroups;

    /** @param ownGroups the consumer groups of this service's listeners, whose dead letters it keeps */
    DeadLetters(JdbcClient jdbc, KafkaTemplate<String, String> template, Supplier<Set<String>> ownGroups) {
        this.jdbc = jdbc;
        this.template = template;
        this.ownGroups = ownGroups;
    }

    public static String[] deadLetterTopics() {
        return Topics.all().stream().map(Topics::deadLetter).toArray(String[]::new);
    }

    void collect(ConsumerRecord<String, String> record) {
        String group = text(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        if (group == null || !ownGroups.get().contains(group)) {
            return; // another service's consumer failed; it keeps its own dead letters
        }
        Map<String, String> original = new LinkedHashMap<>();
        for (Header h : record.headers()) {
            if (!h.key().startsWith("kafka_dlt-") && h.value() != null) {
                original.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
        }
        String originalTopic = Optional.ofNullable(text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC))
                .orElse(record.topic().replaceFirst("-dlt$", ""));
        int inserted = jdbc.sql("""
                insert into dead_letter (dlt_topic, dlt_partition, dlt_offset, original_topic, consumer_group,
                    message_key, payload, headers, event_id, event_type, exception_class, exception_message)
                values (:dltTopic, :partition, :offset, :originalTopic, :group, :key, :payload, :headers, :eventId,
                    :eventType, :exceptionClass, :exceptionMessage)
                on conflict (dlt_topic, dlt_partition, dlt_offset) do nothing
                """)
                .param("dltTopic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .param("originalTopic", originalTopic)
                .param("group", group)
                .param("key", record.key())
                .param("payload", record.value())
                .param("headers", EventJson.mapper().writeValueAsString(original))
                .param("eventId", original.get(CloudEventHeaders.ID))
                .param("eventType", original.get(CloudEventHeaders.TYPE))
                .param("exceptionClass", text(record, KafkaHeaders.DLT_EXCEPTION_FQCN))
                .param("exceptionMessage", text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .update();
        if (inserted == 1) {
            log.warn("Dead letter from {} on {}: event {} ({}) failed with {}", group, originalTopic,
                    original.get(CloudEventHeaders.ID), original.get(CloudEventHeaders.TYPE),
                    text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE));
        }
    }

    public List<DeadLetter> list(String status, Long before, int limit) {
        return jdbc.sql("""
                select * from dead_letter
                where (cast(:status as text) is null or status = :status) and (cast(:before as bigint) is null or id < :before)
                order by id desc limit :limit
                """)
                .param("status", status).param("before", before).param("limit", limit)
                .query(DeadLetters::map).list();
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.sql("select * from dead_letter where id = :id").param("id", id).query(DeadLetters::map).optional();
    }

    /** Publishes the dead letter again on its original topic, with its original headers. */
    @Transactional
    public Optional<DeadLetter> replay(long id, String actor) {
        Optional<DeadLetter> letter = jdbc.sql("select * from dead_letter where id = :id for update")
                .param("id", id).query(DeadLetters::map).optional();
        letter.ifPresent(l -> send(l, actor));
        return letter.flatMap(l -> find(id));
    }

    /** Replays every dead letter that has not been replayed yet, oldest first. */
    @Transactional
    public int replayAll(String actor) {
        List<DeadLetter> letters = jdbc.sql("select * from dead_letter where status = 'NEW' order by id for update")
                .query(DeadLetters::map).list();
        letters.forEach(l -> send(l, actor));
        return letters.size();
    }

    private void send(DeadLetter letter, String actor) {
        ProducerRecord<String, String> record = new ProducerRecord<>(letter.originalTopic(), letter.key(),
                letter.payload());
        letter.headers().forEach((k, v) -> record.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
        try {
            template.send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not replay dead letter " + letter.id() + " to "
                    + letter.originalTopic() + ": " + e.getMessage(), e);
        }
        jdbc.sql("update dead_letter set status = 'REPLAYED', replayed_at = now(), replayed_by = :actor where id = :id")
                .param("actor", actor).param("id", letter.id()).update();
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        if (h == null || h.value() == null) {
            return null;
        }
        return new String(h.value(), StandardCharsets.UTF_8);
    }


    private static DeadLetter map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DeadLetter(rs.getLong("id"), rs.getString("original_topic"), rs.getString("consumer_group"),
                rs.getString("message_key"), rs.getString("event_id"), rs.getString("event_type"),
                rs.getString("exception_class"), rs.getString("exception_message"),
                rs.getTimestamp("received_at").toInstant(), rs.getString("status"),
                rs.getTimestamp("replayed_at") == null ? null : rs.getTimestamp("replayed_at").toInstant(),
                rs.getString("replayed_by"), rs.getString("payload"),
                EventJson.mapper().readValue(rs.getString("headers"), HEADERS));
    }

    public record DeadLetter(long id, String originalTopic, String consumerGroup, String key, String eventId,
            String eventType, String exceptionClass, String exceptionMessage, Instant receivedAt, String status,
            Instant replayedAt, String replayedBy, String payload, Map<String, String> headers) {
    }
}
