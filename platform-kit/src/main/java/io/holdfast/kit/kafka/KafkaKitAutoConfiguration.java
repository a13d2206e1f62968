package io.holdfast.kit.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import io.holdfast.contracts.Topics;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/**
 * Kafka error handling shared by every service: retry with exponential back-off (for minutes when the event
 * names something not known here yet, {@link NotYetKnownException}), then the dead-letter topic
 * {@code <topic>-dlt} with the original headers plus the exception; the service collects its own dead letters
 * into its database, where ops list and replay them.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
public class KafkaKitAutoConfiguration {

    @Bean
    KafkaAdmin.NewTopics holdfastTopics(Environment env) {
        int partitions = env.getProperty("holdfast.kafka.partitions", Integer.class, 3);
        short replicas = env.getProperty("holdfast.kafka.replicas", Short.class, (short) 1);
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.all()) {
            topics.add(TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build());
            topics.add(TopicBuilder.name(Topics.deadLetter(topic)).partitions(partitions).replicas(replicas).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    CommonErrorHandler holdfastErrorHandler(KafkaTemplate<String, String> template, Environment env) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(
                Math.max(0, env.getProperty("holdfast.kafka.retry.max-attempts", Integer.class, 4) - 1));
        backOff.setInitialInterval(env.getProperty("holdfast.kafka.retry.initial-interval", Duration.class,
                Duration.ofMillis(500)).toMillis());
        backOff.setMultiplier(env.getProperty("holdfast.kafka.retry.multiplier", Double.class, 2.0));
        backOff.setMaxInterval(env.getProperty("holdfast.kafka.retry.max-interval", Duration.class,
                Duration.ofSeconds(5)).toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        // Retrying cannot fix a message that can never be read.
        handler.addNotRetryableExceptions(Inbox.MalformedEventException.class, JacksonException.class);
        // What another topic will bring is waited for, for minutes: dead-lettering it would lose its effect.
        BackOff notYetKnown = notYetKnownBackOff(env);
        handler.setBackOffFunction((record, exception) -> causedBy(exception, NotYetKnownException.class)
                ? notYetKnown : null);
        return handler;
    }

    private static BackOff notYetKnownBackOff(Environment env) {
        String prefix = "holdfast.kafka.retry.not-yet-known.";
        ExponentialBackOff backOff = new ExponentialBackOff(
                env.getProperty(prefix + "initial-interval", Duration.class, Duration.ofSeconds(1)).toMillis(),
                env.getProperty(prefix + "multiplier", Double.class, 2.0));
        // each wait stays well below max.poll.interval.ms (5 minutes), so the consumer keeps its partitions
        backOff.setMaxInterval(env.getProperty(prefix + "max-interval", Duration.class, Duration.ofSeconds(30)).toMillis());
        backOff.setMaxElapsedTime(env.getProperty(prefix + "max-elapsed", Duration.class, Duration.ofMinutes(10)).toMillis());
        return backOff;
    }

    static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The dead-letter collector's own container factory: it never dead-letters; it waits for its database. */
    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> deadLetterListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumerFactory) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumerFactory);
        factory.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(5_000, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return factory;
    }

    @Bean
    DeadLetters deadLetters(JdbcClient jdbc, KafkaTemplate<String, String> template,
            ObjectProvider<KafkaListenerEndpointRegistry> registry) {
        return new DeadLetters(jdbc, template, () -> registry.getObject().getListenerContainers().stream()
                .map(MessageListenerContainer::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    @Bean
    DeadLetterCollector deadLetterCollector(DeadLetters deadLetters) {
        return new DeadLetterCollector(deadLetters);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }
}
