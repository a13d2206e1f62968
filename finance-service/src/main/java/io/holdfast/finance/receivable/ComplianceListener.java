package io.holdfast.finance.receivable;

import java.util.List;
import java.util.Map;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.hr.NonSolicitationBreachSuspected;
import io.holdfast.contracts.hr.PenaltyAdjusted;
import io.holdfast.contracts.hr.PenaltyAssessed;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.inbox.AggregateVersions;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Books penalty receivables from hr's compliance stream; hr remains the owner of the amount (waive, reduce). */
@Component
class ComplianceListener {

    private static final String STREAM = "hr-compliance";

    private final Inbox inbox;
    private final AggregateVersions versions;
    private final Receivables receivables;
    private final AuditLog audit;

    ComplianceListener(Inbox inbox, AggregateVersions versions, Receivables receivables, AuditLog audit) {
        this.inbox = inbox;
        this.versions = versions;
        this.receivables = receivables;
        this.audit = audit;
    }

    @KafkaListener(id = "finance-service.receivables", groupId = "${spring.application.name}.receivables",
            topics = Topics.HR_COMPLIANCE)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "receivables", event -> {
            switch (event.payload()) {
                case PenaltyAssessed e -> {
                    if (versions.advance(STREAM, e.penaltyId(), e.aggregateVersion())) {
                        receivables.open(new Receivables.Opening("PENALTY", e.penaltyId(), e.employeeId(), e.userId(),
                                e.fullName(), null, null, e.clause().name(), e.amount(), lines(e.explanation())))
                                .ifPresent(id -> audit.record("system", "receivable.opened", "receivable", id,
                                        Map.of("penaltyId", e.penaltyId(), "amount", e.amount().toString())));
                    }
                }
                case PenaltyAdjusted e -> {
                    if (versions.advance(STREAM, e.penaltyId(), e.aggregateVersion())) {
                        receivables.bySource(e.penaltyId()).ifPresent(r -> {
                            var status = e.kind() == PenaltyAdjusted.Kind.WAIVED ? ReceivableStatusRule.Status.WAIVED
                                    : r.status();
                            receivables.adjust(r.id(), e.newAmount().amount(), status,
                                    e.kind() + " by hr: " + e.reason());
                            audit.record("system", "receivable.adjusted", "receivable", r.id(), Map.of(
                                    "kind", e.kind().name(), "from", e.previousAmount().toString(),
                                    "to", e.newAmount().toString()));
                        });
                    }
                }
                case NonSolicitationBreachSuspected e -> {
                    if (versions.advance(STREAM, e.breachId(), e.aggregateVersion())) {
                        receivables.open(new Receivables.Opening("NON_SOLICITATION", e.breachId(), e.employeeId(),
                                e.userId(), e.fullName(), e.clientId(), e.clientName(), "NON_SOLICITATION_SUSPECTED",
                                e.claim(), lines(e.evidence())))
                                .ifPresent(id -> audit.record("system", "receivable.opened", "receivable", id,
                                        Map.of("breachId", e.breachId(), "claim", e.claim().toString())));
                    }
                }
                default -> {
                    // deprovisioning failures concern ops, not finance
                }
            }
        });
    }

    private static String lines(List<String> lines) {
        return lines == null ? null : String.join("\n", lines);
    }
}
