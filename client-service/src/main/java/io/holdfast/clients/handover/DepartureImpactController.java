package io.holdfast.clients.handover;

import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.client.ClientAccess;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.clients.risk.RiskRecalculation;
import io.holdfast.contracts.crm.ClientRiskChanged.Band;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The departure wizard's preview: hr sees a manager's clients only once the manager is in notice (ClientAccess), but
 * must judge the departure before scheduling it. This read answers names, revenue and risk of the manager's clients
 * whatever the manager's status — no contacts — and every read is in the audit log.
 */
@RestController
@RequestMapping("/api/clients")
public class DepartureImpactController {

    private final JdbcClient jdbc;
    private final EmployeeDirectory directory;
    private final AuditLog audit;
    private final ClientAccess access;

    DepartureImpactController(JdbcClient jdbc, EmployeeDirectory directory, AuditLog audit, ClientAccess access) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.access = access;
    }

    /** Owner and hr for anyone; a team lead for a manager of their own team (403 otherwise). */
    @GetMapping("/departure-impact")
    @PreAuthorize("hasAnyRole('owner','hr','team-lead')")
    @Transactional
    public DepartureImpact preview(@RequestParam UUID managerUserId) {
        Actor actor = Actor.current();
        String manager = managerUserId.toString();
        if (!actor.hasAnyRole("owner", "hr") && !access.leadsTeam(actor, directory.teamOf(manager).orElse(null))) {
            throw new AccessDeniedException("a team lead previews the departures of their own team only");
        }
        var clients = jdbc.sql("""
                        select c.id, c.name, c.yearly_revenue, c.currency, r.score, r.band, r.reasons
                        from client c left join client_risk r on r.client_id = c.id
                        where c.account_manager_user_id = :m and c.status <> 'CHURNED'
                        order by c.yearly_revenue desc, c.name, c.id
                        """).param("m", manager)
                .query((rs, n) -> new DepartureImpact.AtStake(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getBigDecimal("yearly_revenue").toPlainString(), rs.getString("currency"),
                        rs.getString("band") == null ? null : Band.valueOf(rs.getString("band")),
                        rs.getObject("score", Integer.class), RiskRecalculation.reasons(rs.getString("reasons"))))
                .list();
        DepartureImpact impact = DepartureImpact.of(manager, clients);
        audit.record("departure-impact.previewed", "employee", manager, Map.of("clients", impact.clientCount(),
                "highRisk", impact.highRiskCount()));
        return impact;
    }
}
