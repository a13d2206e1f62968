package io.holdfast.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** Reads every dead-letter topic and keeps the dead letters of this service's own consumers. */
public class DeadLetterCollector {

    private final DeadLetters deadLetters;

    DeadLetterCollector(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "${spring.application.name}.dead-letters", groupId = "${spring.application.name}.dead-letters",
            topics = "#{T(io.holdfast.kit.kafka.DeadLetters).deadLetterTopics()}",
            containerFactory = "deadLetterListenerFactory")
    void collect(ConsumerRecord<String, String> record) {
        deadLetters.collect(record);
    }
}
