package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/**
 * Document-use clause: the penalty for each proven misuse of company documents after departure.
 *
 * @param penaltyPerViolation Penalty per violation, in the contract currency.
 */
public record DocumentUseClause(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal penaltyPerViolation) {
}
