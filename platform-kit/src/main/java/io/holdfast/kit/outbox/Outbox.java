package io.holdfast.kit.outbox;

import java.util.UUID;

import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.EventCatalog;
import io.holdfast.contracts.EventDescriptor;
import io.holdfast.kit.EventJson;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes an event into the outbox table inside the caller's transaction: the event exists if and only if
 * the business change committed. The {@link OutboxRelay} publishes it to Kafka after commit.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final ObjectProvider<Tracer> tracer;
    private final OutboxRelay relay;

    public Outbox(JdbcClient jdbc, ObjectProvider<Tracer> tracer, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.tracer = tracer;
        this.relay = relay;
    }

    /**
     * Appends the event; must be called inside the transaction that makes the business change.
     *
     * @return the event id (the CloudEvents {@code ce_id}, the consumers' dedupe key)
     */
    public UUID publish(DomainEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Outbox.publish must run inside the business transaction ("
                    + event.getClass().getSimpleName() + "); annotate the caller with @Transactional");
        }
        EventDescriptor descriptor = EventCatalog.of(event.getClass());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into outbox_event (id, topic, message_key, event_type, subject, payload, traceparent)
                values (:id, :topic, :key, :type, :subject, :payload, :traceparent)
                """)
                .param("id", id)
                .param("topic", descriptor.topic())
                .param("key", event.aggregateId())
                .param("type", descriptor.type())
                .param("subject", event.aggregateId())
                .param("payload", EventJson.write(event))
                .param("traceparent", currentTraceparent())
                .update();
        if (relay != null) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        }
        return id;
    }

    private String currentTraceparent() {
        Tracer t = tracer.getIfAvailable();
        Span span = t == null ? null : t.currentSpan();
        if (span == null) {
            return null;
        }
        return "00-" + span.context().traceId() + "-" + span.context().spanId() + "-01";
    }
}
