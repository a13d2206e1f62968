package io.holdfast.contracts.crm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;

/**
 * A user's export of client data was refused. Published on {@link Topics#CRM_ACCESS} as
 * CloudEvents type {@code io.holdfast.crm.ExportBlocked.v1}, keyed by {@code userId}.
 *
 * @param userId Keycloak user id of the user (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param username Keycloak username.
 * @param reason Why it was refused.
 * @param requestedRows Number of rows requested.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record ExportBlocked(
        String userId,
        long aggregateVersion,
        String username,
        Reason reason,
        int requestedRows,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return userId;
    }

    /**
     * IN_NOTICE: the user is serving notice; DEPARTED: the user has left; DAILY_LIMIT: the daily
     * export limit is reached.
     */
    public enum Reason {
        IN_NOTICE, DEPARTED, DAILY_LIMIT
    }
}
