package io.holdfast.contracts.finance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;

/**
 * A change of the client's billing details was requested and awaits approval by a second person
 * (four-eyes). Published on {@link Topics#FINANCE_BILLING} as CloudEvents type {@code
 * io.holdfast.finance.BillingDetailsChangeRequested.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param changeId Change request id.
 * @param requestedBy Keycloak user id of the requester.
 * @param summary Human-readable summary of the change.
 * @param billingContactName Requested billing contact name.
 * @param billingContactEmail Requested billing contact e-mail.
 * @param language Preferred language of the billing contact for letters and notifications: en or
 *        ru.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record BillingDetailsChangeRequested(
        String clientId,
        long aggregateVersion,
        String changeId,
        String requestedBy,
        String summary,
        String billingContactName,
        String billingContactEmail,
        String language,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }
}
