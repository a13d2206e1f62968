package io.holdfast.clients.risk;

import java.util.List;
import java.util.UUID;

import io.holdfast.clients.client.ClientAccess;
import io.holdfast.contracts.crm.ClientRiskChanged.Band;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
public class RiskController {

    private final ClientAccess access;
    private final RiskRecalculation risk;
    private final JdbcClient jdbc;

    RiskController(ClientAccess access, RiskRecalculation risk, JdbcClient jdbc) {
        this.access = access;
        this.risk = risk;
        this.jdbc = jdbc;
    }

    /** The caller's visible clients by risk, highest first, each with its reasons. */
    @GetMapping("/risk")
    @PreAuthorize("hasAnyRole('owner','team-lead','account-manager','hr','legal')")
    public List<RiskRecalculation.Assessment> byRisk(@RequestParam(required = false) Band band,
            @RequestParam(required = false) Integer limit) {
        ClientAccess.Scope s = access.scope(Actor.current());
        return jdbc.sql("select r.*, c.name, c.account_manager_user_id from client_risk r join client c on c.id = r.client_id"
                        + " where " + ClientAccess.FULL_VIEW_SQL + " and c.status <> 'CHURNED'"
                        + " and (cast(:band as text) is null or r.band = :band) order by r.score desc, c.id limit :limit")
                .param("all", s.all()).param("me", s.me()).param("team", s.team()).param("leaving", s.leaving())
                .param("band", band == null ? null : band.name()).param("limit", PageLimit.of(limit))
                .query(RiskRecalculation::assessment).list();
    }

    @GetMapping("/{id}/risk")
    @PreAuthorize("hasAnyRole('owner','team-lead','account-manager','hr','legal')")
    public RiskRecalculation.Assessment of(@PathVariable UUID id) {
        access.visible(Actor.current(), id);
        return risk.of(id).orElseThrow(() -> new NotFoundException("risk assessment of client", id));
    }
}
