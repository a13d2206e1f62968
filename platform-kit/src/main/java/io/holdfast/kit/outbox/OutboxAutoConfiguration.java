package io.holdfast.kit.outbox;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "holdfast.outbox.relay.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(JdbcClient jdbc, PlatformTransactionManager tm, KafkaTemplate<String, String> kafka,
            ObjectProvider<Tracer> tracer, Environment env) {
        return new OutboxRelay(jdbc, new TransactionTemplate(tm), kafka, tracer,
                "/holdfast/" + env.getRequiredProperty("spring.application.name"),
                env.getProperty("holdfast.outbox.poll-interval", Duration.class, Duration.ofMillis(500)),
                env.getProperty("holdfast.outbox.batch-size", Integer.class, 200),
                env.getProperty("holdfast.outbox.retention", Duration.class, Duration.ofDays(7)));
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, ObjectProvider<Tracer> tracer, ObjectProvider<OutboxRelay> relay) {
        return new Outbox(jdbc, tracer, relay.getIfAvailable());
    }

    @Bean
    ParkedEventsController parkedEventsController(JdbcClient jdbc, ObjectProvider<OutboxRelay> relay) {
        return new ParkedEventsController(jdbc, relay);
    }

    @Bean
    @ConditionalOnBean(MeterRegistry.class)
    OutboxMetrics outboxMetrics(JdbcClient jdbc, MeterRegistry registry) {
        return new OutboxMetrics(jdbc, registry);
    }

    /** Pending events and the age of the oldest, for alerting when the relay falls behind. */
    public static class OutboxMetrics {
        private final JdbcClient jdbc;

        OutboxMetrics(JdbcClient jdbc, MeterRegistry registry) {
            this.jdbc = jdbc;
            Gauge.builder("holdfast.outbox.pending", this, OutboxMetrics::pending)
                    .description("Outbox events committed but not yet published to Kafka")
                    .register(registry);
            Gauge.builder("holdfast.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds)
                    .description("Age of the oldest unpublished outbox event")
                    .baseUnit("seconds")
                    .register(registry);
            Gauge.builder("holdfast.outbox.parked", this, OutboxMetrics::parked)
                    .description("Outbox events Kafka refused for good, set aside for ops (alert when above 0)")
                    .register(registry);
        }

        public double parked() {
            return jdbc.sql("select count(*) from outbox_event where parked_at is not null").query(Long.class).single();
        }

        public double pending() {
            return jdbc.sql("select count(*) from outbox_event where published_at is null and parked_at is null")
                    .query(Long.class).single();
        }

        public double oldestAgeSeconds() {
            Double age = jdbc.sql("""
                    select coalesce(extract(epoch from now() - min(created_at)), 0)
                    from outbox_event where published_at is null and parked_at is null
                    """).query(Double.class).single();
            return age == null ? 0 : age;
        }
    }
}
