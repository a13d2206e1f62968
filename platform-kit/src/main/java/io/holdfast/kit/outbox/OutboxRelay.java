package io.holdfast.kit.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.holdfast.contracts.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and marks them published.
 *
 * <p>One relay at a time publishes, whatever the number of instances: each batch runs under a transaction-level
 * PostgreSQL advisory lock, so events of one aggregate keep their order, and when an instance dies the next
 * batch is taken by another at once. A crash after sending and before marking re-sends the batch; consumers
 * de-duplicate by {@code ce_id}. Sending uses the idempotent producer with {@code acks=all}.
 *
 * <p>A record Kafka refuses for good (too large, say) is parked instead of being retried for ever: the events
 * behind it flow on, an error is logged, {@code holdfast.outbox.parked} counts it, and ops list and retry it.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Advisory lock key: "holdfast outbox". */
    static final long LOCK_KEY = 0x486f6c64_4f757462L;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final KafkaTemplate<String, String> kafka;
    private final ObjectProvider<Tracer> tracer;
    private final String source;
    private final Duration pollInterval;
    private final int batchSize;
    private final Duration retention;
    private Instant lastPurge;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();
    private volatile boolean wakeUp;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate tx, KafkaTemplate<String, String> kafka,
            ObjectProvider<Tracer> tracer, String source, Duration pollInterval, int batchSize, Duration retention) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.kafka = kafka;
        this.tracer = tracer;
        this.source = source;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.retention = retention;
    }

    /** Asks the relay to look at the outbox now instead of at its next poll. */
    public void wakeUp() {
        lock.lock();
        try {
            wakeUp = true;
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Publishes one batch if this instance holds the relay lock.
     *
     * @return the number of events published
     */
    public int publishBatch() {
        Integer published = tx.execute(status -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", LOCK_KEY)
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(locked)) {
                return 0;
            }
            List<Row> rows = jdbc.sql("""
                    select id, topic, message_key, event_type, subject, payload, traceparent, created_at
                    from outbox_event where published_at is null and parked_at is null order by seq limit :limit
                    """)
                    .param("limit", batchSize)
                    .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("topic"),
                            rs.getString("message_key"), rs.getString("event_type"), rs.getString("subject"),
                            rs.getString("payload"), rs.getString("traceparent"),
                            rs.getTimestamp("created_at").toInstant()))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<?>> sends = new ArrayList<>(rows.size());
            for (Row row : rows) {
                try {
                    sends.add(sendInTrace(row));
                } catch (RuntimeException e) {
                    sends.add(CompletableFuture.failedFuture(e));
                }
            }
            List<UUID> sent = new ArrayList<>(rows.size());
            List<Parked> refused = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            for (int i = 0; i < rows.size(); i++) {
                try {
                    sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    sent.add(rows.get(i).id());
                } catch (Exception e) {
                    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                    Throwable refusal = refusalForGood(cause);
                    if (refusal == null) {
                        // Nothing is marked: the whole batch is retried; consumers drop what did get through.
                        status.setRollbackOnly();
                        log.warn("Outbox relay could not publish {} event(s), will retry: {}", rows.size(), cause.toString());
                        return -1;
                    }
                    refused.add(new Parked(rows.get(i), refusal.toString()));
                }
            }
            if (!sent.isEmpty()) {
                jdbc.sql("update outbox_event set published_at = now(), attempts = attempts + 1 where id in (:ids)")
                        .param("ids", sent)
                        .update();
            }
            for (Parked p : refused) {
                // Kafka will never take this record as it is: set it aside so the events behind it still flow.
                jdbc.sql("""
                        update outbox_event set parked_at = now(), attempts = attempts + 1, last_error = :error
                        where id = :id
                        """).param("error", p.error()).param("id", p.row().id()).update();
                log.error("Outbox relay PARKED event {} ({} on {}, key {}): Kafka refused it for good: {}. The events "
                        + "behind it flow on; ops list it at <api>/ops/outbox/parked and retry it once the cause is fixed",
                        p.row().id(), p.row().type(), p.row().topic(), p.row().key(), p.error());
            }
            return rows.size();
        });
        return published == null ? 0 : published;
    }

    /**
     * Sends within the trace of the request that wrote the event, so the producer observation propagates it
     * ({@code traceparent}) and the consumers log under the same trace id.
     */
    private CompletableFuture<?> sendInTrace(Row row) {
        Tracer t = tracer.getIfAvailable();
        String[] parts = row.traceparent() == null ? null : row.traceparent().split("-");
        if (t == null || parts == null || parts.length != 4) {
            return kafka.send(toRecord(row));
        }
        TraceContext parent = t.traceContextBuilder().traceId(parts[1]).spanId(parts[2]).sampled(true).build();
        Span span = t.spanBuilder().setParent(parent).name("outbox publish").start();
        try (Tracer.SpanInScope scope = t.withSpan(span)) {
            return kafka.send(toRecord(row));
        } finally {
            span.end();
        }
    }

    private ProducerRecord<String, String> toRecord(Row row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, row.id().toString());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TYPE, row.type());
        header(record, CloudEventHeaders.TIME, row.createdAt().toString());
        header(record, CloudEventHeaders.SUBJECT, row.subject());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private void loop() {
        Duration backoff = pollInterval;
        while (running) {
            int published;
            try {
                published = publishBatch();
            } catch (RuntimeException e) {
                log.warn("Outbox relay failed, will retry: {}", e.toString());
                published = -1;
            }
            if (published > 0) {
                backoff = pollInterval;
                continue; // more may be waiting
            }
            backoff = published < 0 ? min(backoff.multipliedBy(2), Duration.ofSeconds(10)) : pollInterval;
            purgeOccasionally();
            await(backoff);
        }
    }

    /** Published rows are kept for {@code retention} (to answer "was it sent?"), then deleted, once an hour. */
    private void purgeOccasionally() {
        Instant now = Instant.now();
        if (lastPurge != null && lastPurge.plus(Duration.ofHours(1)).isAfter(now)) {
            return;
        }
        lastPurge = now;
        try {
            purgePublishedBefore(now.minus(retention));
        } catch (RuntimeException e) {
            log.warn("Outbox purge failed, will try again later: {}", e.toString());
        }
    }

    /** Deletes rows published before {@code cutoff}; returns how many. */
    public int purgePublishedBefore(Instant cutoff) {
        return jdbc.sql("delete from outbox_event where published_at < :cutoff")
                .param("cutoff", java.sql.Timestamp.from(cutoff)).update();
    }

    private void await(Duration duration) {
        lock.lock();
        try {
            if (!wakeUp && running) {
                signal.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
            wakeUp = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        wakeUp();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stops before the Kafka producer and the DataSource go away.
        return Integer.MAX_VALUE - 1000;
    }

    /**
     * The failure in {@code cause} that no retry can cure, or null: the record is too large for the producer or
     * the broker, cannot be serialised, or names a topic that cannot exist. Anything else (a broker away, a
     * leader moving) is retried.
     */
    static Throwable refusalForGood(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RecordTooLargeException
                    || t instanceof org.apache.kafka.common.errors.RecordBatchTooLargeException
                    || t instanceof org.apache.kafka.common.InvalidRecordException
                    || t instanceof org.apache.kafka.common.errors.InvalidTopicException
                    || t instanceof org.apache.kafka.common.errors.SerializationException) {
                return t;
            }
        }
        return null;
    }

    private record Parked(Row row, String error) {
    }

    private record Row(UUID id, String topic, String key, String type, String subject, String payload,
            String traceparent, Instant createdAt) {
    }
}
