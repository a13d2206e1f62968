package io.holdfast.notifications.dispatch;

import io.holdfast.contracts.Topics;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener for every topic this service reacts to. The projections and the messages are updated by the same
 * listener in one transaction, so a message always sees the projection state its own stream has reached.
 */
@Component
class EventListeners {

    private final Inbox inbox;
    private final Dispatcher dispatcher;

    EventListeners(Inbox inbox, Dispatcher dispatcher) {
        this.inbox = inbox;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = "notification-service.dispatch", groupId = "${spring.application.name}.dispatch",
            topics = { Topics.HR_EMPLOYEES, Topics.HR_COMPLIANCE, Topics.CRM_CLIENTS, Topics.CRM_ACCESS,
                    Topics.FINANCE_BILLING })
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "dispatch", dispatcher::dispatch);
    }
}
