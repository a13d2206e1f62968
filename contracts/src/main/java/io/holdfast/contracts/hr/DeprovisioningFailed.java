package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;

/**
 * Revoking the former employee's accounts failed after retries; an operator must act. Published on
 * {@link Topics#HR_EMPLOYEES} as CloudEvents type {@code io.holdfast.hr.DeprovisioningFailed.v1},
 * keyed by {@code employeeId}.
 *
 * @param employeeId hr-service id of the employee (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param departureId Departure id.
 * @param userId Keycloak user id of the former employee.
 * @param username Keycloak username.
 * @param attempts Number of attempts made.
 * @param reason Last error.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record DeprovisioningFailed(
        String employeeId,
        long aggregateVersion,
        String departureId,
        String userId,
        String username,
        int attempts,
        String reason,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return employeeId;
    }
}
