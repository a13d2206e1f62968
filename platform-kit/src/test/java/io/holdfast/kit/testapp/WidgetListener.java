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
            if (POISON.contains(event.subject())) {
                throw new IllegalStateException("poisoned subject " + event.subject());
            }
            jdbc.sql("insert into widget_effect (event_id, subject) values (:id, :subject)")
                    .param("id", event.id()).param("subject", event.subject()).update();
        });
    }
}
