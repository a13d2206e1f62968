package io.holdfast.contracts.hr;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The employee's last working day has passed: access is revoked and the exit-obligations letter is
 * due. Carries what that letter needs. Published on {@link Topics#HR_EMPLOYEES} as CloudEvents
 * type {@code io.holdfast.hr.EmployeeDeparted.v1}, keyed by {@code employeeId}.
 *
 * @param employeeId hr-service id of the employee (the Kafka key).
 * @param aggregateVersion Version of the aggregate after this change, starting at 1 and increasing
 *        by one per event of the aggregate. A consumer that has already applied a higher version drops
 *        this event as stale.
 * @param departureId Departure id.
 * @param userId Keycloak user id of the former employee; tokens of this user must be rejected from
 *        now on.
 * @param username Keycloak username.
 * @param fullName Full name.
 * @param personalEmail Private e-mail address the exit-obligations letter goes to.
 * @param language Preferred language of the former employee for letters and notifications: en or
 *        ru.
 * @param team Team the employee belonged to.
 * @param lastWorkingDay Last working day.
 * @param nonSolicitationEndsOn Last day of the non-solicitation window; null if no contract was
 *        signed.
 * @param contract Exit obligations of the contract in force; null if no contract was signed.
 * @param occurredAt When the change happened in the producing service (UTC).
 */
public record EmployeeDeparted(
        String employeeId,
        long aggregateVersion,
        String departureId,
        String userId,
        String username,
        String fullName,
        String personalEmail,
        String language,
        String team,
        LocalDate lastWorkingDay,
        LocalDate nonSolicitationEndsOn,
        ContractTerms contract,
        Instant occurredAt) implements DomainEvent {

    @JsonIgnore
    @Override
    public String aggregateId() {
        return employeeId;
    }

    /**
     * The exit obligations of the contract in force on the last working day.
     *
     * @param contractNumber Human-readable contract number.
     * @param amendment Amendment number in force; 0 = the original contract.
     * @param currency ISO 4217 currency of the clause amounts.
     * @param earlyDeparture Early-departure clause.
     * @param documentUse Document-use clause.
     * @param nonSolicitation Non-solicitation clause.
     */
    public record ContractTerms(
            String contractNumber,
            int amendment,
            String currency,
            EarlyDepartureClause earlyDeparture,
            DocumentUseClause documentUse,
            NonSolicitationClause nonSolicitation) {
    }
}
