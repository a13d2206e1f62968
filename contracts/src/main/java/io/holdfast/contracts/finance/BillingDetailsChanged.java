package io.holdfast.contracts.finance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;

import java.time.Instant;

/**
 * A billing-details change was approved and is now in force. Published on {@link
 * Topics#FINANCE_BILLING} as CloudEvents type {@code
 * io.holdfast.finance.BillingDetailsChanged.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param changeId Change request id.
 * @param requestedBy Keycloak user id of the requester.
 * @param approvedBy Keycloak user id of the approver (never the requester).
 * @param summary Human-readable summary of the change.
 * @param billingContactName Billing contact name now in force.
 * @param billingContactEmail Billing contact e-mail now in force.
 * @param language Preferred language of the billing contact for letters and notifications: en or
 *        ru.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record BillingDetailsChanged(
        String clientId,
        long aggregateVersion,
        String changeId,
        String requestedBy,
        String approvedBy,
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
