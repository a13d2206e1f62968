package io.holdfast.contracts.finance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Money;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice was issued to a client. Published on {@link Topics#FINANCE_BILLING} as CloudEvents
 * type {@code io.holdfast.finance.InvoiceIssued.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param invoiceId Invoice id.
 * @param number Invoice number.
 * @param issuedOn Issue date.
 * @param dueOn Due date.
 * @param net Net amount.
 * @param tax Tax amount.
 * @param total Total = net + tax.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record InvoiceIssued(
        String clientId,
        long aggregateVersion,
        String invoiceId,
        String number,
        LocalDate issuedOn,
        LocalDate dueOn,
        Money net,
        Money tax,
        Money total,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }
}
