package io.holdfast.portal.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.holdfast.portal.services.Panel;
import io.holdfast.portal.services.Service;
import io.holdfast.portal.dashboard.HandoverProgressCalculator;
import io.holdfast.portal.services.ServiceApis;
import io.holdfast.portal.services.ServiceJson;
import io.holdfast.portal.web.ChartData;
import io.holdfast.portal.web.RealmRoles;
import io.holdfast.portal.web.ActionOutcome;
import io.holdfast.portal.web.PageNotFound;

/**
 * Staff and departures: the employees, their contracts and clauses, the departure wizard that shows the impact
 * before anything is recorded, and the handover board of a departure with its live progress.
 */
@Controller
class StaffPagesController {

    static final String STAFF_READERS = "hasAnyRole('owner','hr','legal')";
    static final String PEOPLE_READERS = "hasAnyRole('owner','hr','legal')";
    static final String BOARD_READERS = "hasAnyRole('owner','team-lead','hr','legal')";
    static final String BOARD_WRITERS = "hasAnyRole('owner','team-lead')";
    static final List<String> REASONS = List.of("RESIGNATION", "DISMISSAL", "END_OF_CONTRACT", "OTHER");

    private final ServiceApis apis;
    private final ChartData charts;

    StaffPagesController(ServiceApis apis, ChartData charts) {
        this.apis = apis;
        this.charts = charts;
    }

    @GetMapping("/staff")
    @PreAuthorize(STAFF_READERS)
    String staff(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("employees", q == null || q.isBlank()
                ? apis.list(Service.HR, "/employees?limit=50")
                : apis.list(Service.HR, "/employees?limit=50&q={q}", q.strip()));
        Panel<List<Map<String, Object>>> inNotice = apis.list(Service.HR, "/departures?view=in-notice");
        model.addAttribute("inNotice", inNotice);
        if (inNotice.ok()) {
            List<RevenueAtRiskCalculator.Leaver> leavers = new ArrayList<>();
            boolean complete = true;
            for (Map<String, Object> summary : inNotice.value()) {
                Panel<Map<String, Object>> clients = apis.object(Service.CLIENTS, "?managerUserId={u}&limit=200",
                        summary.get("userId"));
                if (!clients.ok()) {
                    complete = false;
                    continue;
                }
                leavers.add(new RevenueAtRiskCalculator.Leaver(String.valueOf(summary.get("fullName")),
                        DepartureImpactCalculator.revenueByCurrency(ServiceJson.objects(clients.value().get("items")))));
            }
            List<RevenueAtRiskCalculator.Bar> bars = RevenueAtRiskCalculator.bars(leavers);
            model.addAttribute("revenueBars", bars);
            model.addAttribute("revenueChart", charts.json("hbar", charts.text("staff.revenueAtRisk"),
                    bars.stream().map(b -> b.name() + " (" + b.currency() + ")").toList(),
                    bars.stream().map(RevenueAtRiskCalculator.Bar::amount).toList(), "#a4161a", null));
            model.addAttribute("revenueComplete", complete);
        }
        return "staff";
    }

    @GetMapping("/staff/{employeeId}")
    @PreAuthorize(PEOPLE_READERS)
    String employee(@PathVariable UUID employeeId, Model model) {
        Panel<Map<String, Object>> employee = apis.object(Service.HR, "/employees/{id}", employeeId);
        if (!employee.ok() && employee.problem().kind() == Panel.Kind.NOT_FOUND) {
            throw new PageNotFound("employee " + employeeId);
        }
        model.addAttribute("employee", employee);
        model.addAttribute("employeeId", employeeId);
        model.addAttribute("contracts", apis.list(Service.HR, "/employees/{id}/contracts", employeeId));
        Panel<Map<String, Object>> departure = apis.object(Service.HR, "/employees/{id}/departure", employeeId);
        // no departure is the normal case, not a problem to show
        model.addAttribute("departure", !departure.ok() && departure.problem().kind() == Panel.Kind.NOT_FOUND
                ? Panel.of(Map.of()) : departure);
        model.addAttribute("reasons", REASONS);
        model.addAttribute("today", LocalDate.now());
        return "employee";
    }

    /** Step two of the wizard: what this departure would mean, with nothing recorded yet. */
    @GetMapping("/staff/{employeeId}/departure-preview")
    @PreAuthorize("hasAnyRole('owner','hr')")
    String preview(@PathVariable UUID employeeId, @RequestParam LocalDate lastWorkingDay,
                   @RequestParam(required = false) LocalDate noticeDate,
                   @RequestParam(defaultValue = "RESIGNATION") String reason, Model model) {
        Panel<Map<String, Object>> employee = apis.object(Service.HR, "/employees/{id}", employeeId);
        if (!employee.ok() && employee.problem().kind() == Panel.Kind.NOT_FOUND) {
            throw new PageNotFound("employee " + employeeId);
        }
        model.addAttribute("employee", employee);
        model.addAttribute("employeeId", employeeId);
        model.addAttribute("lastWorkingDay", lastWorkingDay);
        model.addAttribute("noticeDate", noticeDate == null ? LocalDate.now() : noticeDate);
        model.addAttribute("reason", REASONS.contains(reason) ? reason : "OTHER");
        model.addAttribute("penalty", apis.object(Service.HR,
                "/employees/{id}/departure-preview?lastWorkingDay={day}", employeeId, lastWorkingDay));
        if (employee.ok()) {
            model.addAttribute("impact", apis.object(Service.CLIENTS, "/departure-impact?managerUserId={u}",
                    employee.value().get("userId")).map(DepartureImpactCalculator::impact));
        } else {
            model.addAttribute("impact", Panel.failed(employee.problem()));
        }
        return "departure-preview";
    }

    @PostMapping("/staff/{employeeId}/departure")
    @PreAuthorize("hasRole('hr')")
    String schedule(@PathVariable UUID employeeId, @RequestParam LocalDate noticeDate,
                    @RequestParam LocalDate lastWorkingDay, @RequestParam String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("noticeDate", noticeDate.toString());
        body.put("lastWorkingDay", lastWorkingDay.toString());
        body.put("reason", reason);
        Panel<Map<String, Object>> answer = apis.post(Service.HR, body, "/employees/{id}/departure", employeeId);
        return answer.ok() ? ActionOutcome.done("/staff/" + employeeId, "departure.scheduled")
                : ActionOutcome.failed("/staff/" + employeeId, answer.problem());
    }

    @GetMapping("/staff/departures/{departureId}")
    @PreAuthorize(BOARD_READERS)
    String board(@PathVariable UUID departureId,
                 @AuthenticationPrincipal Jwt token,
                 Model model) {
        Panel<Map<String, Object>> departure = apis.object(Service.HR, "/departures/{id}", departureId);
        if (!departure.ok() && departure.problem().kind() == Panel.Kind.NOT_FOUND) {
            throw new PageNotFound("departure " + departureId);
        }
        model.addAttribute("departure", departure);
        model.addAttribute("departureId", departureId);
        boolean writer = RealmRoles.hasAny(token, "owner", "team-lead");
        model.addAttribute("canChange", writer);
        // the successor picker; without it the form still takes a user id
        model.addAttribute("candidates", writer ? apis.list(Service.CLIENTS, "/handovers/{id}/candidates", departureId)
                .orElse(List.of()) : List.of());
        model.addAttribute("plans", apis.object(Service.CLIENTS, "/handovers?departureId={id}&limit=200", departureId));
        progress(departureId, model);
        return "handover-board";
    }

    /** The progress part of the board, fetched again by htmx every few seconds while the work runs. */
    @GetMapping("/staff/departures/{departureId}/progress")
    @PreAuthorize(BOARD_READERS)
    String progressFragment(@PathVariable UUID departureId, Model model) {
        progress(departureId, model);
        model.addAttribute("departureId", departureId);
        return "handover-board :: progress";
    }

    private void progress(UUID departureId, Model model) {
        model.addAttribute("progress", apis.object(Service.CLIENTS, "/handovers/{id}/progress", departureId)
                .map(p -> {
                    Map<String, Object> view = new LinkedHashMap<>(p);
                    view.put("percent", HandoverProgressCalculator.percentDone(p));
                    return view;
                }));
        // the introduction letters to the clients, from notification-service; its own panel fails on its own
        model.addAttribute("letters", apis.object(Service.NOTIFICATIONS, "/departures/{id}/letters", departureId));
    }

    @PostMapping("/staff/departures/{departureId}/successors")
    @PreAuthorize(BOARD_WRITERS)
    String changeSuccessors(@PathVariable UUID departureId, @RequestParam String successorUserId,
                            @RequestParam(name = "planId", required = false) List<UUID> planIds) {
        String board = "/staff/departures/" + departureId;
        if (planIds == null || planIds.isEmpty()) {
            return ActionOutcome.invalid(board, "no_plans");
        }
        Panel<Map<String, Object>> answer = apis.post(Service.CLIENTS,
                Map.of("successorUserId", successorUserId.strip(), "planIds", planIds),
                "/handovers/{id}/successors", departureId);
        return answer.ok() ? ActionOutcome.done(board, "handover.successorsChanged")
                : ActionOutcome.failed(board, answer.problem());
    }

    @PostMapping("/staff/departures/{departureId}/approve")
    @PreAuthorize(BOARD_WRITERS)
    String approve(@PathVariable UUID departureId, @RequestParam(required = false) LocalDate reassignOn) {
        String board = "/staff/departures/" + departureId;
        Map<String, Object> body = new LinkedHashMap<>();
        if (reassignOn != null) {
            body.put("reassignOn", reassignOn.toString());
        }
        Panel<Map<String, Object>> answer = apis.post(Service.CLIENTS, body, "/handovers/{id}/approve", departureId);
        return answer.ok() ? ActionOutcome.done(board, "handover.approved") : ActionOutcome.failed(board, answer.problem());
    }

}
