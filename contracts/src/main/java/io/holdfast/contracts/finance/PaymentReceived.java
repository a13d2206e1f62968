package io.holdfast.contracts.finance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Money;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment against an invoice was received. Published on {@link Topics#FINANCE_BILLING} as
 * CloudEvents type {@code io.holdfast.finance.PaymentReceived.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param paymentId Payment id.
 * @param invoiceId Invoice paid.
 * @param invoiceNumber Invoice number.
 * @param amount Amount received.
 * @param receivedOn Date the money arrived.
 * @param invoiceStatus Status of the invoice after this payment.
 * @param outstanding Amount of the invoice still to be paid after this payment.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record PaymentReceived(
        String clientId,
        long aggregateVersion,
        String paymentId,
        String invoiceId,
        String invoiceNumber,
        Money amount,
        LocalDate receivedOn,
        InvoiceStatus invoiceStatus,
        Money outstanding,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }

    /**
     * Status of the invoice after this payment.
     */
    public enum InvoiceStatus {
        PARTIALLY_PAID, PAID
    }
}
