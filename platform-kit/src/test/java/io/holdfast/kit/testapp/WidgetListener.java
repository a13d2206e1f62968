package io.holdfast.kit.testapp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.holdfast.contracts.Topics;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Records one effect per consumed event; fails on subjects marked poison, until they are cured. */
@Component
public class WidgetListener {

    public static final Set<String> POISON = ConcurrentHashMap.newKeySet();
    /** subjects naming something that "arrives" only at the given time: until then the handler cannot proceed */
    public static final java.util.Map<String, java.time.Instant> KNOWN_FROM = new ConcurrentHashMap<>();
    /** trace id seen in the logging context (MDC) per subject, to prove trace propagation over Kafka */
    public static final java.util.Map<String, String> TRACE_IDS = new ConcurrentHashMap<>();

    private final Inbox inbox;
    private final JdbcClient jdbc;

    WidgetListener(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(id = "widget-listener", topics = Topics.CRM_CLIENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "widget-listener", event -> {
            String traceId = MDC.get("traceId");
            if (traceId != null) {
                TRACE_IDS.put(event.subject(), traceId);
            }
            java.time.Instant knownFrom = KNOWN_FROM.get(event.subject());
            if (knownFrom != null && java.time.Instant.now().isBefore(knownFrom)) {
                throw new io.holdfast.kit.kafka.NotYetKnownException("Not known here yet: the widget of " + event.subject());
            }
            if (POISON.contains(event.subject())) {
                throw new IllegalStateException("poisoned subject " + event.subject());
            }
            jdbc.sql("insert into widget_effect (event_id, subject) values (:id, :subject)")
                    .param("id", event.id()).param("subject", event.subject()).update();
        });
    }
}
