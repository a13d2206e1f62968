package io.holdfast.clients.risk;

import java.util.UUID;

import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.ClientRiskChanged;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeUpdated;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Marks the clients whose risk an event may change: a client's own events, their manager's status and access. */
@Component
class RiskTriggers {

    private final Inbox inbox;
    private final RiskRecalculation risk;

    RiskTriggers(Inbox inbox, RiskRecalculation risk) {
        this.inbox = inbox;
        this.risk = risk;
    }

    @KafkaListener(id = "client-service.risk", groupId = "${spring.application.name}.risk",
            topics = {Topics.CRM_CLIENTS, Topics.HR_EMPLOYEES, Topics.CRM_ACCESS})
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "risk", event -> {
            DomainEvent payload = event.payload();
            switch (payload) {
                case ClientRiskChanged ignored -> {
                    // our own verdict: nothing new to learn from it
                }
                case DepartureScheduled e -> risk.markManagedBy(e.userId());
                case DepartureCancelled e -> risk.markManagedBy(e.userId());
                case EmployeeDeparted e -> risk.markManagedBy(e.userId());
                case EmployeeUpdated e -> risk.markManagedBy(e.userId());
                case SuspiciousAccessDetected e -> risk.markManagedBy(e.userId());
                default -> {
                    if (Topics.CRM_CLIENTS.equals(event.topic())) {
                        try {
                            risk.markClient(UUID.fromString(payload.aggregateId()));
                        } catch (IllegalArgumentException notOurs) {
                            // every crm.clients.v1 event is keyed by our client id; anything else is ignored
                        }
                    }
                }
            }
        });
    }
}
