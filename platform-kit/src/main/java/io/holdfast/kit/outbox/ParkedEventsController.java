package io.holdfast.kit.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ops: the events Kafka refused for good, and putting one back in the queue once its cause is fixed. */
@RestController
@RequestMapping("${holdfast.api-prefix}/ops/outbox/parked")
@PreAuthorize("hasRole('ops')")
public class ParkedEventsController {

    private final JdbcClient jdbc;
    private final ObjectProvider<OutboxRelay> relay;

    ParkedEventsController(JdbcClient jdbc, ObjectProvider<OutboxRelay> relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    /** Oldest first; the payload's size, not the payload (it may be what is too large). */
    @GetMapping
    public List<ParkedEvent> list() {
        return jdbc.sql("""
                select id, topic, event_type, message_key, created_at, parked_at, attempts, last_error,
                       octet_length(payload) as payload_bytes
                from outbox_event where parked_at is not null order by seq limit 500
                """).query((rs, n) -> new ParkedEvent(rs.getObject("id", UUID.class), rs.getString("topic"),
                        rs.getString("event_type"), rs.getString("message_key"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("parked_at").toInstant(), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getLong("payload_bytes"))).list();
    }

    @PostMapping("/{id}/retry")
    public void retry(@PathVariable UUID id) {
        if (jdbc.sql("update outbox_event set parked_at = null where id = :id and parked_at is not null")
                .param("id", id).update() == 0) {
            throw new NotFoundException("parked event", id);
        }
        org.slf4j.LoggerFactory.getLogger(ParkedEventsController.class)
                .info("Parked outbox event {} put back in the queue by {}", id, Actor.current().username());
        relay.ifAvailable(OutboxRelay::wakeUp);
    }

    public record ParkedEvent(UUID id, String topic, String type, String key, Instant createdAt, Instant parkedAt,
            int attempts, String lastError, long payloadBytes) {
    }
}
