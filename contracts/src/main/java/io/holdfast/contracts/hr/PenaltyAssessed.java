package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Money;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.util.List;

/**
 * A contractual penalty was assessed against a departing employee (e.g. early departure). The
 * external finance system books a receivable. Published on {@link Topics#HR_COMPLIANCE} as
 * CloudEvents type {@code io.holdfast.hr.PenaltyAssessed.v1}, keyed by {@code penaltyId}.
 *
 * @param penaltyId Penalty id (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param employeeId hr-service id of the employee.
 * @param userId Keycloak user id of the employee.
 * @param fullName Full name of the employee.
 * @param departureId Departure that triggered the assessment.
 * @param contractNumber Contract the clause comes from.
 * @param amendment Amendment in force; 0 = the original contract.
 * @param clause Clause the penalty is based on.
 * @param amount Amount owed.
 * @param explanation Human-readable lines explaining the calculation.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record PenaltyAssessed(
        String penaltyId,
        long aggregateVersion,
        String employeeId,
        String userId,
        String fullName,
        String departureId,
        String contractNumber,
        int amendment,
        Clause clause,
        Money amount,
        List<String> explanation,
        Instant occurredAt) implements DomainEvent {

    public PenaltyAssessed {
        explanation = explanation == null ? null : List.copyOf(explanation);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return penaltyId;
    }

    /**
     * Contract clause the penalty is based on.
     */
    public enum Clause {
        EARLY_DEPARTURE, DOCUMENT_USE
    }
}
