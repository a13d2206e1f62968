package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * Early-departure clause of an employment contract: what the employee owes when leaving before the
 * committed term ends.
 *
 * @param kind FIXED: a fixed amount; PRO_RATA: monthlyRate times the months left until the
 *        committed term end.
 * @param fixedAmount Amount owed when kind is FIXED, in the contract currency; null otherwise.
 * @param monthlyRate Amount owed per remaining month when kind is PRO_RATA, in the contract
 *        currency; null otherwise.
 */
public record EarlyDepartureClause(
        Kind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyRate) {

    /**
     * How the early-departure amount is computed.
     */
    public enum Kind {
        FIXED, PRO_RATA
    }
}
