package io.holdfast.finance.departure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Billing-detail changes on a leaving manager's clients are frozen until the departure plus the grace period. */
public record BillingFreeze(String departureId, String employeeId, String managerUserId, String managerName,
        LocalDate lastWorkingDay, LocalDate frozenUntil, String status, Instant createdAt, Instant liftedAt,
        String liftReason, List<String> clientIds) {
}
