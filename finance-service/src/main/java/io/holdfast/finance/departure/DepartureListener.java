package io.holdfast.finance.departure;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.kit.inbox.AggregateVersions;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class DepartureListener {

    private static final String STREAM = "hr-employee";

    private final Inbox inbox;
    private final AggregateVersions versions;
    private final DepartureSafeguards safeguards;

    DepartureListener(Inbox inbox, AggregateVersions versions, DepartureSafeguards safeguards) {
        this.inbox = inbox;
        this.versions = versions;
        this.safeguards = safeguards;
    }

    @KafkaListener(id = "finance-service.departures", groupId = "${spring.application.name}.departures",
            topics = Topics.HR_EMPLOYEES)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "departures", event -> {
            switch (event.payload()) {
                case DepartureScheduled e -> {
                    if (versions.advance(STREAM, e.employeeId(), e.aggregateVersion())) {
                        safeguards.scheduled(e);
                    }
                }
                case DepartureCancelled e -> {
                    if (versions.advance(STREAM, e.employeeId(), e.aggregateVersion())) {
                        safeguards.cancelled(e);
                    }
                }
                default -> {
                    // hires, contracts and the departure itself change nothing in billing
                }
            }
        });
    }
}
