package io.holdfast.portal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.holdfast.portal.services.Panel;
import io.holdfast.portal.services.Service;
import io.holdfast.portal.services.ServiceApis;
import io.holdfast.portal.services.ServiceJson;
import io.holdfast.portal.web.ChartData;
import io.holdfast.portal.web.Formats;
import io.holdfast.portal.web.RealmRoles;

/**
 * The start page. The owner sees the company at a glance (risk, people leaving, coverage, alerts); an account
 * manager or team lead their own clients and what is due. Each panel comes from one service and fails alone.
 */
@Controller
class DashboardController {

    /** The feed templates that are alerts for the owner. */
    static final List<String> ALERT_TEMPLATES = List.of("BREACH_SUSPECTED", "SUSPICIOUS_ACCESS", "EXPORT_BLOCKED",
            "DEPROVISIONING_FAILED");

    private final ServiceApis apis;
    private final ChartData charts;
    private final Formats fmt;

    DashboardController(ServiceApis apis, ChartData charts, Formats fmt) {
        this.apis = apis;
        this.charts = charts;
        this.fmt = fmt;
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String dashboard(@AuthenticationPrincipal Jwt token, Model model) {
        List<String> roles = RealmRoles.of(token);
        if (roles.contains("owner")) {
            ownerPanels(model);
        } else if (roles.contains("account-manager") || roles.contains("team-lead")) {
            managerPanels(token.getSubject(), model);
        }
        model.addAttribute("isOwner", roles.contains("owner"));
        model.addAttribute("isManager", !roles.contains("owner")
                && (roles.contains("account-manager") || roles.contains("team-lead")));
        return "dashboard";
    }

    private void ownerPanels(Model model) {
        Panel<List<Map<String, Object>>> risk = apis.list(Service.CLIENTS, "/risk?limit=200");
        Panel<List<Map<String, Object>>> due = apis.list(Service.CLIENTS, "/touchpoints/due?scope=all&limit=200");
        model.addAttribute("atRisk", risk.map(all -> all.stream()
                .filter(a -> "HIGH".equals(a.get("band")) || "MEDIUM".equals(a.get("band"))).limit(10).toList()));
        Panel<List<RiskDistributionCalculator.Bar>> riskBars = risk.map(RiskDistributionCalculator::bars);
        model.addAttribute("riskBars", riskBars);
        model.addAttribute("coverage", risk.ok() && due.ok()
                ? Panel.of(new Coverage(CoverageCalculator.percentCovered(risk.value().size(), due.value()),
                risk.value().size(), due.value().stream().filter(CoverageCalculator::executiveOverdue).count()))
                : Panel.failed(risk.ok() ? due.problem() : risk.problem()));
        Panel<Map<String, Object>> history = apis.object(Service.CLIENTS, "/coverage/history?months=6");
        model.addAttribute("coverageHistory", history);
        model.addAttribute("coverageChart", history.map(h -> {
            List<Map<String, Object>> points = ServiceJson.objects(h.get("points"));
            return charts.json("line", charts.text("dashboard.coverage"), points.stream().map(p -> fmt.date(p.get("date"))).toList(),
                    points.stream().map(p -> p.get("percent")).toList(), "#1f4fbf", 100);
        }));
        model.addAttribute("riskChart", riskBars.map(bars -> charts.json("doughnut",
                charts.text("dashboard.riskDistribution"), bars.stream().map(b -> charts.text("risk." + b.band())).toList(),
                bars.stream().map(RiskDistributionCalculator.Bar::count).toList(), "#1b6b2f,#b86e00,#a4161a", null)));
        model.addAttribute("inNotice", apis.list(Service.HR, "/departures?view=in-notice").map(this::withProgress));
        Panel<List<Map<String, Object>>> claims = apis.list(Service.HR, "/claims?open=true");
        model.addAttribute("claims", claims);
        model.addAttribute("alerts", apis.list(Service.NOTIFICATIONS, "/feed?unreadOnly=true&limit=50")
                .map(feed -> feed.stream().filter(e -> ALERT_TEMPLATES.contains(String.valueOf(e.get("template"))))
                        .toList()));
    }

    /** Each departure with its handover progress; a progress the client service cannot give stays empty. */
    private List<Map<String, Object>> withProgress(List<Map<String, Object>> departures) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> summary : departures) {
            Map<String, Object> row = new LinkedHashMap<>(summary);
            if (summary.get("departure") instanceof Map<?, ?> d && d.get("id") != null) {
                Panel<Map<String, Object>> progress = apis.object(Service.CLIENTS, "/handovers/{id}/progress",
                        d.get("id"));
                row.put("progress", progress.ok() ? HandoverProgressCalculator.percentDone(progress.value()) : null);
            }
            rows.add(row);
        }
        return rows;
    }


    private void managerPanels(String me, Model model) {
        model.addAttribute("myClients", apis.object(Service.CLIENTS, "?managerUserId={me}&limit=50", me));
        model.addAttribute("myDue", apis.list(Service.CLIENTS, "/touchpoints/due?scope=mine&limit=50"));
        model.addAttribute("myTasks", apis.list(Service.NOTIFICATIONS, "/feed?unreadOnly=true&limit=50")
                .map(feed -> feed.stream().filter(e -> "DEPARTURE_BRIEFING".equals(e.get("template"))
                        || "TOUCHPOINT_DIGEST".equals(e.get("template"))).toList()));
    }

    /** Coverage with what it was computed from, so the page can say "34 of 40". */
    public record Coverage(Integer percent, int clients, long overdue) {
    }

}
