package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Money;
import io.holdfast.contracts.Topics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A client handled by a former employee churned inside the non-solicitation window. The claim is a
 * suspicion to be reviewed, not a judgement. Published on {@link Topics#HR_COMPLIANCE} as
 * CloudEvents type {@code io.holdfast.hr.NonSolicitationBreachSuspected.v1}, keyed by {@code
 * breachId}.
 *
 * @param breachId Suspected breach id (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param employeeId hr-service id of the former employee.
 * @param userId Keycloak user id of the former employee.
 * @param fullName Full name of the former employee.
 * @param clientId client-service id of the churned client.
 * @param clientName Client name.
 * @param watchId hr-service watch that matched.
 * @param contractNumber Contract the clause comes from.
 * @param amendment Amendment in force; 0 = the original contract.
 * @param clauseMonths Length of the non-solicitation window in months.
 * @param clauseKind PER_CLIENT or FIXED.
 * @param clauseAmount Amount of the clause, in the currency of claim.
 * @param departedOn Last working day of the former employee.
 * @param windowEndsOn Last day of the non-solicitation window.
 * @param churnedOn Date the client churned.
 * @param handledFrom First day the former employee handled the client.
 * @param handledTo Last day the former employee handled the client.
 * @param claim Amount that could be claimed.
 * @param evidence Human-readable facts supporting the suspicion.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record NonSolicitationBreachSuspected(
        String breachId,
        long aggregateVersion,
        String employeeId,
        String userId,
        String fullName,
        String clientId,
        String clientName,
        String watchId,
        String contractNumber,
        int amendment,
        int clauseMonths,
        NonSolicitationClause.Kind clauseKind,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal clauseAmount,
        LocalDate departedOn,
        LocalDate windowEndsOn,
        LocalDate churnedOn,
        LocalDate handledFrom,
        LocalDate handledTo,
        Money claim,
        List<String> evidence,
        Instant occurredAt) implements DomainEvent {

    public NonSolicitationBreachSuspected {
        evidence = evidence == null ? null : List.copyOf(evidence);
    }

    @JsonIgnore
    @Override
    public String aggregateId() {
        return breachId;
    }
}
