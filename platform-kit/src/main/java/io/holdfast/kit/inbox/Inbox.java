package io.holdfast.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import io.holdfast.contracts.CloudEventHeaders;
import io.holdfast.contracts.EventCatalog;
import io.holdfast.contracts.EventDescriptor;
import io.holdfast.kit.EventJson;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotent consumer. The event id ({@code ce_id}) is recorded in the same transaction as the handler's
 * effect: a redelivered event is skipped, and a handler that fails leaves no trace, so the event is retried
 * (and, after the retries, dead-lettered) as a whole. Every delivery is counted per consumer and outcome
 * ({@code holdfast.inbox.events}), so a duplicate absorbed is something one can wait for, and ops can see.
 */
public class Inbox {

    /** What became of one delivery. */
    public enum Outcome {
        /** the handler ran and its effect is committed */
        PROCESSED,
        /** the event id was already recorded for this consumer: skipped */
        DUPLICATE,
        /** a type this platform does not know: skipped */
        UNKNOWN_TYPE
    }

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final MeterRegistry meters;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    /** @param meters where the counts are published; null where the service has no metrics */
    public Inbox(JdbcClient jdbc, TransactionTemplate tx, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.meters = meters;
    }

    /** How many deliveries to this consumer had this outcome since the service started. */
    public long count(String consumer, Outcome outcome) {
        LongAdder adder = counts.get(consumer + "|" + outcome);
        return adder == null ? 0 : adder.sum();
    }

    private void counted(String consumer, Outcome outcome) {
        counts.computeIfAbsent(consumer + "|" + outcome, key -> {
            LongAdder adder = new LongAdder();
            if (meters != null) {
                FunctionCounter.builder("holdfast.inbox.events", adder, LongAdder::sum)
                        .description("Deliveries handled by the idempotent consumer, per consumer and outcome")
                        .tag("consumer", consumer).tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                        .register(meters);
            }
            return adder;
        }).increment();
    }

    /**
     * Runs {@code handler} once per event id for the named consumer. Events of types this platform does not
     * know are skipped (a newer producer may publish types an older consumer ignores).
     *
     * @return true when the handler ran, false when the event was a duplicate or of an unknown type
     */
    public boolean handle(ConsumerRecord<String, String> record, String consumer, Consumer<ReceivedEvent> handler) {
        ReceivedEvent event = parse(record).orElse(null);
        if (event == null) {
            counted(consumer, Outcome.UNKNOWN_TYPE);
            return false;
        }
        Boolean ran = tx.execute(status -> {
            int inserted = jdbc.sql("""
                    insert into processed_event (consumer, event_id) values (:consumer, :id)
                    on conflict do nothing
                    """).param("consumer", consumer).param("id", event.id()).update();
            if (inserted == 0) {
                log.debug("Skipping redelivered event {} ({}) for {}", event.id(), event.type(), consumer);
                return false;
            }
            handler.accept(event);
            return true;
        });
        // counted after the commit: whoever waits on the count sees the effect in the database
        counted(consumer, Boolean.TRUE.equals(ran) ? Outcome.PROCESSED : Outcome.DUPLICATE);
        return Boolean.TRUE.equals(ran);
    }

    /** Reads the CloudEvents headers and maps the payload to its contract record. */
    public static Optional<ReceivedEvent> parse(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        String id = header(record, CloudEventHeaders.ID);
        if (type == null || id == null) {
            throw new MalformedEventException("Message without " + CloudEventHeaders.TYPE + "/" + CloudEventHeaders.ID
                    + " headers on " + record.topic() + "@" + record.partition() + ":" + record.offset());
        }
        Optional<EventDescriptor> descriptor = EventCatalog.byType(type);
        if (descriptor.isEmpty()) {
            log.debug("Ignoring event of unknown type {} on {}", type, record.topic());
            return Optional.empty();
        }
        if (record.value() == null) {
            throw new MalformedEventException("Event " + id + " (" + type + ") has no payload");
        }
        String time = header(record, CloudEventHeaders.TIME);
        return Optional.of(new ReceivedEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT), time == null ? null : Instant.parse(time), record.topic(),
                EventJson.read(record.value(), descriptor.get().payloadType())));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** A message that can never be processed; not retried, sent to the dead-letter topic at once. */
    public static class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }
    }
}
