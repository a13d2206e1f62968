package io.holdfast.kit.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import io.holdfast.contracts.CloudEventHeaders;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.EventCatalog;
import io.holdfast.kit.EventJson;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;

/** Sends an event to Kafka as another service's outbox relay would: CloudEvents binary mode, JSON payload. */
public final class CloudEvents {

    private CloudEvents() {
    }

    /** Sends with a fresh event id; returns it. */
    public static String send(KafkaTemplate<String, String> kafka, DomainEvent event) {
        return send(kafka, event, UUID.randomUUID().toString());
    }

    /** Sends with the given event id (send twice with one id to play a redelivery); returns it. */
    public static String send(KafkaTemplate<String, String> kafka, DomainEvent event, String eventId) {
        var descriptor = EventCatalog.of(event.getClass());
        ProducerRecord<String, String> record = new ProducerRecord<>(descriptor.topic(), event.aggregateId(),
                EventJson.write(event));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, eventId);
        header(record, CloudEventHeaders.TYPE, descriptor.type());
        header(record, CloudEventHeaders.SOURCE, "/holdfast/test");
        header(record, CloudEventHeaders.SUBJECT, event.aggregateId());
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        kafka.send(record).join();
        return eventId;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
