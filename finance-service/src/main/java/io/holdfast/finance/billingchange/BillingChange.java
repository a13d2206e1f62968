package io.holdfast.finance.billingchange;

import java.time.Instant;
import java.util.UUID;

/** A requested change of where a client's invoices go, waiting for (or past) a second finance person's decision. */
public record BillingChange(UUID id, String clientId, String status, String requestedBy, String requestedByName,
        Instant requestedAt, String reason, String billingContactName, String billingContactEmail, String language,
        String previousContactName, String previousContactEmail, String decidedBy, String decidedByName,
        Instant decidedAt, String decisionNote) {
}
