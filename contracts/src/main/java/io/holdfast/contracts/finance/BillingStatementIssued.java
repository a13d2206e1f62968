package io.holdfast.contracts.finance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Money;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement of open invoices was sent to the client's billing contact (e.g. after a handover).
 * Published on {@link Topics#FINANCE_BILLING} as CloudEvents type {@code
 * io.holdfast.finance.BillingStatementIssued.v1}, keyed by {@code clientId}.
 *
 * @param clientId client-service id of the client (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param statementId Statement id.
 * @param clientName Client name.
 * @param billingContactName Billing contact name.
 * @param billingContactEmail Billing contact e-mail the statement goes to.
 * @param language Preferred language of the billing contact for letters and notifications: en or
 *        ru.
 * @param reason Why the statement was issued.
 * @param openInvoices Invoices not fully paid.
 * @param totalOutstanding Sum of the outstanding amounts.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record BillingStatementIssued(
        String clientId,
        long aggregateVersion,
        String statementId,
        String clientName,
        String billingContactName,
        String billingContactEmail,
        String language,
        String reason,
        List<OpenInvoice> openInvoices,
        Money totalOutstanding,
        Instant occurredAt) implements DomainEvent {

    public BillingStatementIssued {
        openInvoices = openInvoices == null ? null : List.copyOf(openInvoices);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return clientId;
    }

    /**
     * An invoice that is not fully paid.
     *
     * @param number Invoice number.
     * @param dueOn Due date.
     * @param outstanding Amount still to be paid.
     */
    public record OpenInvoice(
            String number,
            LocalDate dueOn,
            Money outstanding) {
    }
}
