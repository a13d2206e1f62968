package io.holdfast.hr.contract;

import io.holdfast.contracts.hr.DocumentUseClause;
import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.NonSolicitationClause;

import java.time.LocalDate;
import java.util.UUID;

/** One version of an employment contract: the original (amendment 0) or an amendment that replaces it. */
public record EmploymentContract(
        UUID versionId,
        UUID contractId,
        UUID employeeId,
        String contractNumber,
        int amendment,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate committedTermEnd,
        String currency,
        EarlyDepartureClause earlyDeparture,
        DocumentUseClause documentUse,
        NonSolicitationClause nonSolicitation) implements ContractTermsRule.Dated {

    /** The exit obligations as the EmployeeDeparted event carries them. */
    public EmployeeDeparted.ContractTerms exitTerms() {
        return new EmployeeDeparted.ContractTerms(contractNumber, amendment, currency, earlyDeparture, documentUse,
                nonSolicitation);
    }
}
