package io.holdfast.hr.penalty;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.hr.PenaltyAdjusted;
import io.holdfast.contracts.hr.PenaltyAssessed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A penalty assessed at departure; {@code amount} is what is owed now, after any adjustment by the owner. */
public record Penalty(
        UUID id,
        UUID departureId,
        UUID employeeId,
        PenaltyAssessed.Clause clause,
        String contractNumber,
        int amendment,
        Money assessedAmount,
        Money amount,
        List<String> explanation,
        PenaltyAdjusted.Kind adjustment,
        String adjustmentReason,
        String adjustedBy,
        long version,
        Instant assessedAt) {

    public Penalty {
        explanation = List.copyOf(explanation);
    }
}
