package io.holdfast.notifications.dispatch;

import io.holdfast.contracts.Topics;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener for every topic this service reacts to. The projections and the messages are updated by the same
 * listener in one transaction, so a message always sees the projection state its own stream has reached. It runs
 * {@code concurrency} consumers (one per partition at most): a departure of 10,000 clients is 30,000 events, and
 * one consumer handling them one transaction at a time held the letters back by minutes. Events of one aggregate
 * share a key, hence a partition and a consumer, so their order holds; across topics it never did (hence the
 * not-yet-known back-off and the stale-version checks).
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
            concurrency = "${holdfast.notifications.dispatch.concurrency}",
            topics = { Topics.HR_EMPLOYEES, Topics.HR_COMPLIANCE, Topics.CRM_CLIENTS, Topics.CRM_ACCESS,
                    Topics.FINANCE_BILLING })
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "dispatch", dispatcher::dispatch);
    }
}
