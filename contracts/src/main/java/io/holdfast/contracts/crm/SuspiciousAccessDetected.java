package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;

import java.time.Instant;

/**
 * A user opened unusually many distinct clients in a short window. Published on {@link
 * Topics#CRM_ACCESS} as CloudEvents type {@code io.holdfast.crm.SuspiciousAccessDetected.v1},
 * keyed by {@code userId}.
 *
 * @param userId Keycloak user id of the user (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param username Keycloak username.
 * @param distinctClients Distinct clients accessed within the window.
 * @param windowStart Start of the window.
 * @param windowEnd End of the window.
 * @param threshold Threshold that was exceeded.
 * @param usualPerHour The user's usual number of distinct clients per hour.
 * @param reason Human-readable explanation.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record SuspiciousAccessDetected(
        String userId,
        long aggregateVersion,
        String username,
        int distinctClients,
        Instant windowStart,
        Instant windowEnd,
        int threshold,
        double usualPerHour,
        String reason,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return userId;
    }
}
