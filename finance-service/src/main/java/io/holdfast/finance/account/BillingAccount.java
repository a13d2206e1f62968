package io.holdfast.finance.account;

import java.time.Instant;

/** Where and to whom a client's invoices go. */
public record BillingAccount(String clientId, String legalName, String billingContactName, String billingContactEmail,
        String language, String accountManagerUserId, String clientStatus, Instant openedAt, Instant updatedAt) {
}
