package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * Non-solicitation clause: for some months after departure the former employee must not take the
 * company's clients.
 *
 * @param months Length of the non-solicitation window after the last working day, in months.
 * @param kind PER_CLIENT: amount is owed for each client taken; FIXED: amount is owed once.
 * @param amount Amount owed on breach, in the contract currency.
 */
public record NonSolicitationClause(
        int months,
        Kind kind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

    /**
     * Whether the non-solicitation amount is owed per client or once.
     */
    public enum Kind {
        PER_CLIENT, FIXED
    }
}
