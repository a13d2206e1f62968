package io.holdfast.hr.watch;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.hr.NonSolicitationClause;

import java.time.LocalDate;
import java.util.UUID;

/** A client watched after the departure of an employee who handled it, until the window ends. */
public record Watch(
        UUID id,
        UUID departureId,
        UUID employeeId,
        UUID userId,
        String fullName,
        UUID clientId,
        String clientName,
        LocalDate handledFrom,
        LocalDate handledTo,
        LocalDate departedOn,
        LocalDate endsOn,
        String contractNumber,
        int amendment,
        int clauseMonths,
        NonSolicitationClause.Kind clauseKind,
        Money clauseAmount) {
}
