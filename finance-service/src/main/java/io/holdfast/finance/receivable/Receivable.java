package io.holdfast.finance.receivable;

import java.time.Instant;
import java.util.UUID;

import io.holdfast.contracts.Money;

/** Money a former employee may owe the company under their contract: an assessed penalty or a suspected breach. */
public record Receivable(UUID id, String sourceType, String sourceId, String employeeId, String userId,
        String fullName, String clientId, String clientName, String basis, Money originalAmount, Money amount,
        ReceivableStatusRule.Status status, String explanation, String note, Instant createdAt, Instant updatedAt) {
}
