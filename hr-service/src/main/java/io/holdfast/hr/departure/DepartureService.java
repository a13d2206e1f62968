package io.holdfast.hr.departure;

import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.hr.contract.ContractService;
import io.holdfast.hr.contract.EmploymentContract;
import io.holdfast.hr.deprovisioning.DeprovisioningService;
import io.holdfast.hr.employee.Employee;
import io.holdfast.hr.employee.EmployeeRepository;
import io.holdfast.hr.penalty.PenaltyCalculator;
import io.holdfast.hr.penalty.Penalty;
import io.holdfast.hr.penalty.PenaltyService;
import io.holdfast.hr.watch.NonSolicitationPolicy;
import io.holdfast.hr.watch.WatchService;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DepartureService {

    public record ScheduleDeparture(@NotNull LocalDate noticeDate, @NotNull LocalDate lastWorkingDay,
            @NotNull DepartureScheduled.Reason reason) {
    }

    public record ChangeLastDay(@NotNull LocalDate lastWorkingDay) {
    }

    public record DocumentUseViolations(@Min(1) @Max(1000) int violations,
            @NotBlank @Size(max = 2000) String established) {
    }

    public record CancelDeparture(@NotBlank @Size(max = 2000) String reason) {
    }

    /** What the clauses in force would give for a departure on {@code lastWorkingDay}. */
    public record Preview(UUID employeeId, LocalDate lastWorkingDay, String contractNumber, Integer amendment,
            PenaltyCalculator.Assessment earlyDeparturePenalty, Integer nonSolicitationMonths,
            LocalDate nonSolicitationEndsOn) {
    }

    private final DepartureRepository departures;
    private final EmployeeRepository employees;
    private final ContractService contracts;
    private final PenaltyService penalties;
    private final DeprovisioningService deprovisioning;
    private final WatchService watches;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final DepartureCompletionRule completionRule;
    private final NonSolicitationPolicy nonSolicitation = new NonSolicitationPolicy();

    DepartureService(DepartureRepository departures, EmployeeRepository employees, ContractService contracts,
            PenaltyService penalties, DeprovisioningService deprovisioning, WatchService watches, Outbox outbox,
            AuditLog audit, Clock clock, DepartureCompletionRule completionRule) {
        this.departures = departures;
        this.employees = employees;
        this.contracts = contracts;
        this.penalties = penalties;
        this.deprovisioning = deprovisioning;
        this.watches = watches;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.completionRule = completionRule;
    }

    public Preview preview(UUID employeeId, LocalDate lastWorkingDay) {
        employees.find(employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        Optional<EmploymentContract> contract = contracts.inForceOn(employeeId, lastWorkingDay);
        if (contract.isEmpty()) {
            return new Preview(employeeId, lastWorkingDay, null, null, null, null, null);
        }
        EmploymentContract c = contract.get();
        return new Preview(employeeId, lastWorkingDay, c.contractNumber(), c.amendment(),
                penalties.preview(c, lastWorkingDay), c.nonSolicitation().months(),
                nonSolicitation.windowEndsOn(lastWorkingDay, c.nonSolicitation().months()));
    }

    @Transactional
    public Departure schedule(UUID employeeId, ScheduleDeparture command) {
        Employee employee = employees.lock(employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        switch (employee.status()) {
            case NOTICE_GIVEN -> throw new ConflictException("departure-exists",
                    "A departure is already scheduled for this employee; change or cancel it");
            case DEPARTED -> throw new ConflictException("employee-departed", "The employee has already departed");
            case ACTIVE -> { }
        }
        checkDates(command.noticeDate(), command.lastWorkingDay(), employee);
        Optional<EmploymentContract> contract = contracts.inForceOn(employeeId, command.lastWorkingDay());
        Departure departure = new Departure(UUID.randomUUID(), employeeId, command.noticeDate(),
                command.lastWorkingDay(), command.reason(), Actor.current().userId(), Departure.Status.SCHEDULED,
                null, null, null, null, windowEnd(contract, command.lastWorkingDay()));
        departures.insert(departure);
        employees.setStatus(employeeId, Employee.Status.NOTICE_GIVEN);
        publishScheduled(employee, departure, contract);
        audit.record("departure.scheduled", "employee", employeeId, Map.of("departureId", departure.id().toString(),
                "lastWorkingDay", departure.lastWorkingDay().toString(), "reason", departure.reason().name()));
        return departure;
    }

    @Transactional
    public Departure changeLastDay(UUID employeeId, ChangeLastDay command) {
        Employee employee = employees.lock(employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        Departure open = departures.lockOpen(employeeId)
                .orElseThrow(() -> new NotFoundException("scheduled departure of employee", employeeId));
        checkDates(open.noticeDate(), command.lastWorkingDay(), employee);
        Optional<EmploymentContract> contract = contracts.inForceOn(employeeId, command.lastWorkingDay());
        LocalDate windowEnd = windowEnd(contract, command.lastWorkingDay());
        departures.changeLastDay(open.id(), command.lastWorkingDay(), windowEnd);
        Departure changed = departures.find(open.id()).orElseThrow();
        publishScheduled(employee, changed, contract);
        audit.record("departure.rescheduled", "employee", employeeId, Map.of("departureId", open.id().toString(),
                "from", open.lastWorkingDay().toString(), "to", command.lastWorkingDay().toString()));
        return changed;
    }

    @Transactional
    public Departure cancel(UUID employeeId, CancelDeparture command) {
        Employee employee = employees.lock(employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        Departure open = departures.lockOpen(employeeId)
                .orElseThrow(() -> new NotFoundException("scheduled departure of employee", employeeId));
        String by = Actor.current().userId();
        departures.cancel(open.id(), command.reason(), by);
        employees.setStatus(employeeId, Employee.Status.ACTIVE);
        outbox.publish(new DepartureCancelled(employeeId.toString(), employees.nextVersion(employeeId),
                open.id().toString(), employee.userId().toString(), by, command.reason(), Instant.now(clock)));
        audit.record("departure.cancelled", "employee", employeeId, Map.of("departureId", open.id().toString(),
                "reason", command.reason()));
        return departures.find(open.id()).orElseThrow();
    }

    /** hr completes the departure now; if the planned last day is still ahead, today becomes the last day. */
    @Transactional
    public Departure completeNow(UUID employeeId) {
        employees.lock(employeeId).orElseThrow(() -> new NotFoundException("employee", employeeId));
        Departure open = departures.lockOpen(employeeId)
                .orElseThrow(() -> new NotFoundException("scheduled departure of employee", employeeId));
        Instant now = Instant.now(clock);
        return complete(open, completionRule.lastWorkingDayWhenCompletedNow(open.lastWorkingDay(), now),
                Actor.current().username());
    }

    /** Completes the next departure whose last working day has ended; false when none is due. */
    @Transactional
    public boolean completeNextDue() {
        Optional<Departure> due = departures.lockNextDue(completionRule.today(Instant.now(clock)));
        if (due.isEmpty()) {
            return false;
        }
        employees.lock(due.get().employeeId());
        complete(due.get(), due.get().lastWorkingDay(), Actor.SYSTEM.username());
        return true;
    }

    /**
     * The employee leaves: status DEPARTED, EmployeeDeparted with the exit obligations, the early-departure
     * penalty assessed, Keycloak deprovisioning queued and the non-solicitation watches opened, all in one
     * transaction so a crash leaves either everything or nothing.
     */
    private Departure complete(Departure departure, LocalDate lastDay, String by) {
        Employee employee = employees.find(departure.employeeId()).orElseThrow();
        Optional<EmploymentContract> contract = contracts.inForceOn(employee.id(), lastDay);
        LocalDate windowEnd = windowEnd(contract, lastDay);
        Instant now = Instant.now(clock);
        departures.complete(departure.id(), lastDay, windowEnd, now, by);
        employees.setStatus(employee.id(), Employee.Status.DEPARTED);
        outbox.publish(new EmployeeDeparted(employee.id().toString(), employees.nextVersion(employee.id()),
                departure.id().toString(), employee.userId().toString(), employee.username(), employee.fullName(),
                employee.personalEmail(), employee.language(), employee.team(), lastDay, windowEnd,
                contract.map(EmploymentContract::exitTerms).orElse(null), now));
        contract.ifPresent(c -> {
            penalties.assessAtDeparture(departure.id(), employee, c, lastDay);
            watches.open(departure.id(), employee, c, lastDay, windowEnd);
        });
        deprovisioning.schedule(departure.id(), employee);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("departureId", departure.id().toString());
        details.put("lastWorkingDay", lastDay.toString());
        details.put("contract", contract.map(c -> c.contractNumber() + "/" + c.amendment()).orElse("none"));
        audit.record(by, "departure.completed", "employee", employee.id(), details);
        return departures.find(departure.id()).orElseThrow();
    }

    /** legal or the owner record document-use violations established after the departure. */
    @Transactional
    public Penalty documentUseViolations(UUID departureId, DocumentUseViolations command) {
        Departure departure = departures.find(departureId)
                .orElseThrow(() -> new NotFoundException("departure", departureId));
        if (departure.status() != Departure.Status.COMPLETED) {
            throw new ConflictException("departure-not-completed",
                    "Document-use violations are assessed after the departure is completed");
        }
        Employee employee = employees.find(departure.employeeId()).orElseThrow();
        EmploymentContract contract = contracts.inForceOn(employee.id(), departure.lastWorkingDay())
                .orElseThrow(() -> new ConflictException("no-contract",
                        "No contract was in force on the last working day; there is no clause to apply"));
        return penalties.assessDocumentUse(departureId, employee, contract, command.violations(),
                command.established());
    }

    public Optional<Departure> find(UUID id) {
        return departures.find(id);
    }

    public Optional<Departure> latestFor(UUID employeeId) {
        return departures.latestFor(employeeId);
    }

    public List<DepartureSummary> upcoming(int days, int limit) {
        LocalDate today = completionRule.today(Instant.now(clock));
        return departures.summaries("d.status = 'SCHEDULED' and d.last_working_day between :from and :to", today,
                today.plusDays(days), limit);
    }

    public List<DepartureSummary> inNotice(int limit) {
        return departures.summaries("d.status = 'SCHEDULED' and cast(:from as date) is null and cast(:to as date) is null",
                null, null, limit);
    }

    public List<DepartureSummary> departed(int days, int limit) {
        LocalDate today = completionRule.today(Instant.now(clock));
        return departures.summaries("d.status = 'COMPLETED' and d.last_working_day between :from and :to",
                today.minusDays(days), today, limit);
    }

    private void publishScheduled(Employee employee, Departure departure, Optional<EmploymentContract> contract) {
        outbox.publish(new DepartureScheduled(employee.id().toString(), employees.nextVersion(employee.id()),
                departure.id().toString(), employee.userId().toString(), employee.username(), employee.fullName(),
                employee.team(), employee.lineManagerUserId() == null ? null : employee.lineManagerUserId().toString(),
                departure.noticeDate(), departure.lastWorkingDay(), departure.reason(), departure.recordedBy(),
                contract.map(c -> c.nonSolicitation().months()).orElse(null), departure.nonSolicitationEndsOn(),
                Instant.now(clock)));
    }

    private LocalDate windowEnd(Optional<EmploymentContract> contract, LocalDate lastDay) {
        return contract.map(c -> nonSolicitation.windowEndsOn(lastDay, c.nonSolicitation().months())).orElse(null);
    }

    private static void checkDates(LocalDate noticeDate, LocalDate lastWorkingDay, Employee employee) {
        if (lastWorkingDay.isBefore(noticeDate)) {
            throw new BadRequestException("lastWorkingDay", "must not be before the notice date (" + noticeDate + ")");
        }
        if (lastWorkingDay.isBefore(employee.hireDate())) {
            throw new BadRequestException("lastWorkingDay", "must not be before the hire date (" + employee.hireDate()
                    + ")");
        }
    }
}
