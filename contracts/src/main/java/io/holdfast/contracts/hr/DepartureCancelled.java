package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;

import java.time.Instant;

/**
 * A scheduled departure was withdrawn; the employee stays. Published on {@link
 * Topics#HR_EMPLOYEES} as CloudEvents type {@code io.holdfast.hr.DepartureCancelled.v1}, keyed by
 * {@code employeeId}.
 *
 * @param employeeId hr-service id of the employee (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param departureId The cancelled departure.
 * @param userId Keycloak user id of the employee.
 * @param cancelledBy Keycloak user id of the person who cancelled it.
 * @param reason Why it was cancelled.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record DepartureCancelled(
        String employeeId,
        long aggregateVersion,
        String departureId,
        String userId,
        String cancelledBy,
        String reason,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return employeeId;
    }
}
