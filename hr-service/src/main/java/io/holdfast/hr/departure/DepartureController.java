package io.holdfast.hr.departure;

import io.holdfast.hr.departure.DepartureService.CancelDeparture;
import io.holdfast.hr.departure.DepartureService.ChangeLastDay;
import io.holdfast.hr.departure.DepartureService.Preview;
import io.holdfast.hr.departure.DepartureService.ScheduleDeparture;
import io.holdfast.hr.deprovisioning.DeprovisioningService;
import io.holdfast.hr.deprovisioning.DeprovisioningState;
import io.holdfast.hr.employee.Employee;
import io.holdfast.hr.employee.EmployeeRepository;
import io.holdfast.hr.penalty.Penalty;
import io.holdfast.hr.penalty.PenaltyService;
import io.holdfast.hr.watch.WatchService;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hr")
public class DepartureController {

    private final DepartureService departures;
    private final EmployeeRepository employees;
    private final DeprovisioningService deprovisioning;
    private final PenaltyService penalties;
    private final WatchService watches;

    DepartureController(DepartureService departures, EmployeeRepository employees,
            DeprovisioningService deprovisioning, PenaltyService penalties, WatchService watches) {
        this.departures = departures;
        this.employees = employees;
        this.deprovisioning = deprovisioning;
        this.penalties = penalties;
        this.watches = watches;
    }

    @PostMapping("/employees/{employeeId}/departure")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('hr')")
    public DepartureView schedule(@PathVariable UUID employeeId, @Valid @RequestBody ScheduleDeparture body) {
        return view(departures.schedule(employeeId, body));
    }

    @PutMapping("/employees/{employeeId}/departure")
    @PreAuthorize("hasRole('hr')")
    public DepartureView changeLastDay(@PathVariable UUID employeeId, @Valid @RequestBody ChangeLastDay body) {
        return view(departures.changeLastDay(employeeId, body));
    }

    @PostMapping("/employees/{employeeId}/departure/cancel")
    @PreAuthorize("hasRole('hr')")
    public DepartureView cancel(@PathVariable UUID employeeId, @Valid @RequestBody CancelDeparture body) {
        return view(departures.cancel(employeeId, body));
    }

    @PostMapping("/employees/{employeeId}/departure/complete")
    @PreAuthorize("hasRole('hr')")
    public DepartureView complete(@PathVariable UUID employeeId) {
        return view(departures.completeNow(employeeId));
    }

    /** The latest departure of the employee (scheduled, cancelled or completed). */
    @GetMapping("/employees/{employeeId}/departure")
    @PreAuthorize("hasAnyRole('owner','hr','legal','ops')")
    public DepartureView latest(@PathVariable UUID employeeId) {
        return view(departures.latestFor(employeeId)
                .orElseThrow(() -> new NotFoundException("departure of employee", employeeId)));
    }

    /** For the departure wizard: the penalty the clauses give and the non-solicitation window, nothing recorded. */
    @GetMapping("/employees/{employeeId}/departure-preview")
    @PreAuthorize("hasAnyRole('owner','hr')")
    public Preview preview(@PathVariable UUID employeeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastWorkingDay) {
        return departures.preview(employeeId, lastWorkingDay);
    }

    @GetMapping("/departures/{id}")
    @PreAuthorize("hasAnyRole('owner','hr','legal','ops')")
    public DepartureView get(@PathVariable UUID id) {
        return view(departures.find(id).orElseThrow(() -> new NotFoundException("departure", id)));
    }

    /** legal or the owner record document-use violations established after the departure → PenaltyAssessed. */
    @PostMapping("/departures/{id}/document-use-violations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('owner','legal')")
    public Penalty documentUseViolations(@PathVariable UUID id,
            @Valid @RequestBody DepartureService.DocumentUseViolations body) {
        return departures.documentUseViolations(id, body);
    }

    /** ops or hr ask Keycloak deprovisioning to be attempted again now. */
    @PostMapping("/departures/{id}/deprovisioning/retry")
    @PreAuthorize("hasAnyRole('ops','hr')")
    public DeprovisioningState retryDeprovisioning(@PathVariable UUID id) {
        return deprovisioning.retryNow(id);
    }

    /**
     * The portal's lists: {@code upcoming} (last day within {@code days}, default 30), {@code in-notice} (every
     * scheduled departure), {@code departed} (left within the last {@code days}, default 30).
     */
    @GetMapping("/departures")
    @PreAuthorize("hasAnyRole('owner','hr','legal','ops')")
    public List<DepartureSummary> list(@RequestParam(defaultValue = "upcoming") String view,
            @RequestParam(required = false) Integer days, @RequestParam(required = false) Integer limit) {
        int n = days == null ? 30 : days;
        if (n < 0 || n > 3660) {
            throw new BadRequestException("days", "must be between 0 and 3660");
        }
        int max = PageLimit.of(limit);
        return switch (view) {
            case "upcoming" -> departures.upcoming(n, max);
            case "in-notice" -> departures.inNotice(max);
            case "departed" -> departures.departed(n, max);
            default -> throw new BadRequestException("view", "must be upcoming, in-notice or departed");
        };
    }

    private DepartureView view(Departure d) {
        Employee e = employees.find(d.employeeId()).orElseThrow();
        return new DepartureView(d, e.fullName(), e.username(), e.team(), deprovisioning.state(d.id()).orElse(null),
                penalties.forDeparture(d.id()), watches.watchesOfDeparture(d.id()));
    }
}
