package io.holdfast.finance.invoice;

public enum InvoiceStatus {
    DRAFT, ISSUED, PARTIALLY_PAID, PAID, OVERDUE, VOID
}
