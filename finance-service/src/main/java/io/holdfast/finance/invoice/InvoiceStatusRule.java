package io.holdfast.finance.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Which status changes an invoice allows, and what its status is once money arrived or time passed. */
public final class InvoiceStatusRule {

    private InvoiceStatusRule() {
    }

    /** A refusal: a stable code for clients and a sentence for people. */
    public record Refusal(String code, String message) {
    }

    public static Optional<Refusal> refuseIssue(InvoiceStatus status) {
        return status == InvoiceStatus.DRAFT ? Optional.empty()
                : Optional.of(new Refusal("INVOICE_NOT_DRAFT", "Only a draft can be issued; this invoice is " + status));
    }

    /** A draft or an unpaid issued invoice can be voided; once money arrived it must be refunded, not voided. */
    public static Optional<Refusal> refuseVoid(InvoiceStatus status, BigDecimal paid) {
        return switch (status) {
            case DRAFT -> Optional.empty();
            case ISSUED, OVERDUE -> paid.signum() == 0 ? Optional.empty()
                    : Optional.of(new Refusal("INVOICE_HAS_PAYMENTS", "An invoice with payments cannot be voided"));
            case PARTIALLY_PAID -> Optional.of(new Refusal("INVOICE_HAS_PAYMENTS",
                    "An invoice with payments cannot be voided"));
            case PAID, VOID -> Optional.of(new Refusal("INVOICE_CLOSED", "A " + status + " invoice cannot be voided"));
        };
    }

    public static Optional<Refusal> refusePayment(InvoiceStatus status) {
        return switch (status) {
            case ISSUED, PARTIALLY_PAID, OVERDUE -> Optional.empty();
            case DRAFT -> Optional.of(new Refusal("INVOICE_NOT_ISSUED", "A draft cannot be paid; issue it first"));
            case PAID -> Optional.of(new Refusal("INVOICE_PAID", "The invoice is already paid in full"));
            case VOID -> Optional.of(new Refusal("INVOICE_VOID", "A voided invoice cannot be paid"));
        };
    }

    /**
     * Status once {@code paid} of {@code total} has arrived: paid in full, else still late (an overdue invoice
     * stays overdue until paid in full) or partly paid.
     */
    public static InvoiceStatus afterPayment(InvoiceStatus current, BigDecimal total, BigDecimal paid, LocalDate dueOn,
            LocalDate today) {
        if (paid.compareTo(total) >= 0) {
            return InvoiceStatus.PAID;
        }
        if (current == InvoiceStatus.OVERDUE || (dueOn != null && today.isAfter(dueOn))) {
            return InvoiceStatus.OVERDUE;
        }
        return paid.signum() > 0 ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.ISSUED;
    }

    /** An issued invoice becomes overdue the day after its due date while money is still owed. */
    public static boolean becomesOverdue(InvoiceStatus status, LocalDate dueOn, LocalDate today) {
        return (status == InvoiceStatus.ISSUED || status == InvoiceStatus.PARTIALLY_PAID)
                && dueOn != null && today.isAfter(dueOn);
    }

    /** Still owed: issued and not fully paid nor voided. */
    public static boolean isOpen(InvoiceStatus status) {
        return status == InvoiceStatus.ISSUED || status == InvoiceStatus.PARTIALLY_PAID
                || status == InvoiceStatus.OVERDUE;
    }
}
