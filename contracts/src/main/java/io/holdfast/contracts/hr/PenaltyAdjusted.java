package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Money;
import io.holdfast.contracts.Topics;

import java.time.Instant;

/**
 * An assessed penalty was waived or reduced. Published on {@link Topics#HR_COMPLIANCE} as
 * CloudEvents type {@code io.holdfast.hr.PenaltyAdjusted.v1}, keyed by {@code penaltyId}.
 *
 * @param penaltyId Penalty id (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param employeeId hr-service id of the employee.
 * @param previousAmount Amount before the adjustment.
 * @param newAmount Amount now owed (zero when waived).
 * @param kind WAIVED or REDUCED.
 * @param reason Why it was adjusted.
 * @param adjustedBy Keycloak user id of the person who adjusted it.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record PenaltyAdjusted(
        String penaltyId,
        long aggregateVersion,
        String employeeId,
        Money previousAmount,
        Money newAmount,
        Kind kind,
        String reason,
        String adjustedBy,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return penaltyId;
    }

    /**
     * WAIVED: the penalty is dropped (newAmount is zero); REDUCED: it is lowered.
     */
    public enum Kind {
        WAIVED, REDUCED
    }
}
