package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employment contract or an amendment to it was signed. The latest amendment replaces the
 * earlier terms. Published on {@link Topics#HR_EMPLOYEES} as CloudEvents type {@code
 * io.holdfast.hr.ContractSigned.v1}, keyed by {@code employeeId}.
 *
 * @param employeeId hr-service id of the employee (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param userId Keycloak user id of the employee.
 * @param contractId Contract id.
 * @param contractNumber Human-readable contract number.
 * @param amendment Amendment number; 0 = the original contract.
 * @param signedOn Date of signature.
 * @param startDate Date the terms take effect.
 * @param committedTermEnd End of the term the employee committed to stay; null if there is none.
 * @param currency ISO 4217 currency of all clause amounts.
 * @param earlyDeparture Early-departure clause.
 * @param documentUse Document-use clause.
 * @param nonSolicitation Non-solicitation clause.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record ContractSigned(
        String employeeId,
        long aggregateVersion,
        String userId,
        String contractId,
        String contractNumber,
        int amendment,
        LocalDate signedOn,
        LocalDate startDate,
        LocalDate committedTermEnd,
        String currency,
        EarlyDepartureClause earlyDeparture,
        DocumentUseClause documentUse,
        NonSolicitationClause nonSolicitation,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return employeeId;
    }
}
