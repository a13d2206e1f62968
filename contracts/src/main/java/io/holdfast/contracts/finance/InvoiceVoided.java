package io.holdfast.contracts.finance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;

/**
 * An issued invoice was voided and is no longer owed. Published on {@link Topics#FINANCE_BILLING}
 * as CloudEvents type {@code io.holdfast.finance.InvoiceVoided.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param invoiceId Invoice id.
 * @param number Invoice number.
 * @param reason Why it was voided.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record InvoiceVoided(
        String clientId,
        long aggregateVersion,
        String invoiceId,
        String number,
        String reason,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }
}
