package io.holdfast.notifications.dispatch;

import io.holdfast.contracts.Topics;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener per topic this service reacts to. The projections and the messages are updated by the same
 * listener, so a message always sees the projection state its own stream has reached.
 */
@Component
class EventListeners {

    private static final String CONSUMER = "dispatch";

    private final Inbox inbox;
    private final Dispatcher dispatcher;

    EventListeners(Inbox inbox, Dispatcher dispatcher) {
        this.inbox = inbox;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = "notifications.dispatch.hr-employees", groupId = "${spring.application.name}.dispatch",
            topics = Topics.HR_EMPLOYEES)
    void onEmployees(ConsumerRecord<String, String> record) {
        inbox.handle(record, CONSUMER, dispatcher::dispatch);
    }

    @KafkaListener(id = "notifications.dispatch.hr-compliance", groupId = "${spring.application.name}.dispatch",
            topics = Topics.HR_COMPLIANCE)
    void onCompliance(ConsumerRecord<String, String> record) {
        inbox.handle(record, CONSUMER, dispatcher::dispatch);
    }

    @KafkaListener(id = "notifications.dispatch.crm-clients", groupId = "${spring.application.name}.dispatch",
            topics = Topics.CRM_CLIENTS)
    void onClients(ConsumerRecord<String, String> record) {
        inbox.handle(record, CONSUMER, dispatcher::dispatch);
    }

    @KafkaListener(id = "notifications.dispatch.crm-access", groupId = "${spring.application.name}.dispatch",
            topics = Topics.CRM_ACCESS)
    void onAccess(ConsumerRecord<String, String> record) {
        inbox.handle(record, CONSUMER, dispatcher::dispatch);
    }

    @KafkaListener(id = "notifications.dispatch.finance-billing", groupId = "${spring.application.name}.dispatch",
            topics = Topics.FINANCE_BILLING)
    void onBilling(ConsumerRecord<String, String> record) {
        inbox.handle(record, CONSUMER, dispatcher::dispatch);
    }
}
