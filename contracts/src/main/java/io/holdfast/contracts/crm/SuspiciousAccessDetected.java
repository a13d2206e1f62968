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
 * @param reasonCode Why, as a stable code for rules and dashboards; absent in events produced before it existed.
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
        Instant occurredAt,
        ReasonCode reasonCode) implements DomainEvent {

    /** Why the access was reported. */
    public enum ReasonCode {
        /** More distinct clients within an hour than the fixed threshold. */
        HOURLY_THRESHOLD,
        /** Well above the user's own usual distinct clients per hour. */
        ABOVE_USUAL,
        /** A person in notice went past their hourly cap on client reads (the read was refused). */
        READ_CAP_IN_NOTICE,
        /** The person's preparation signal (contact changes, free mail, falling company touches, reads, exports)
         * reached the alert score; {@code reason} lists its reasons. */
        PREPARATION_SIGNAL,
        /** Someone not allowed to tried to point a client's contact at a free-mail address or at an address hr
         * knows as an employee's own; the change was refused, {@code reason} names the client and the address. */
        CONTACT_EMAIL_PRIVATE
    }

    /** An event without a reason code, as produced before codes existed. */
    public SuspiciousAccessDetected(String userId, long aggregateVersion, String username, int distinctClients,
            Instant windowStart, Instant windowEnd, int threshold, double usualPerHour, String reason, Instant occurredAt) {
        this(userId, aggregateVersion, username, distinctClients, windowStart, windowEnd, threshold, usualPerHour, reason,
                occurredAt, null);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return userId;
    }
}
