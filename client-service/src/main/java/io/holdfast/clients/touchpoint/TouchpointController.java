package io.holdfast.clients.touchpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.client.Client;
import io.holdfast.clients.client.ClientAccess;
import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.RefusedException;
import io.holdfast.kit.web.PageLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
public class TouchpointController {

    private final ClientAccess access;
    private final Touchpoints touchpoints;
    private final TouchpointRecording recording;
    private final JdbcClient jdbc;
    private final TouchpointCadence.Settings cadence;
    private final AuditLog audit;

    TouchpointController(ClientAccess access, Touchpoints touchpoints, TouchpointRecording recording, JdbcClient jdbc,
            TouchpointCadence.Settings cadence, AuditLog audit) {
        this.audit = audit;
        this.access = access;
        this.touchpoints = touchpoints;
        this.recording = recording;
        this.jdbc = jdbc;
        this.cadence = cadence;
    }

    public record NewTouchpoint(@NotNull TouchpointRecorded.Kind kind, @NotNull @PastOrPresent Instant at,
            @Size(max = 4000) String notes, boolean companyLevel) {
    }

    public record DueClient(UUID clientId, String name, String accountManagerUserId, String executiveSponsorUserId,
            TouchpointCadence.Check executive, TouchpointCadence.Check company) {
    }

    @PostMapping("/{id}/touchpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('owner','team-lead','account-manager')")
    public Touchpoints.Touchpoint record(@PathVariable UUID id, @Valid @RequestBody NewTouchpoint body) {
        Actor actor = Actor.current();
        Client client = access.writable(actor, id);
        if ((body.companyLevel() || body.kind() == TouchpointRecorded.Kind.EXECUTIVE_CALL) && !certifies(actor, client)) {
            // Otherwise the account manager clears his own client's "hangs on one person" risk by saying so.
            audit.record(actor.username(), "touchpoint.company-level-refused", "client", client.id(),
                    java.util.Map.of("kind", body.kind().name(), "companyLevel", body.companyLevel()));
            throw new RefusedException(HttpStatus.FORBIDDEN, "COMPANY_TOUCH_NOT_CERTIFIED", "An executive call or "
                    + "company-level touch is recorded by the client's executive sponsor, a team lead or the owner");
        }
        return recording.record(client, body.kind(), actor.userId(), actor.username(), body.at(), body.notes(),
                body.companyLevel(), null);
    }

    /** Who may certify that the company, not one person, touched the client. Never the client's own manager. */
    private boolean certifies(Actor actor, Client client) {
        if (actor.hasRole("owner")) {
            return true;
        }
        return !actor.userId().equals(client.accountManagerUserId())
                && (actor.userId().equals(client.executiveSponsorUserId()) || access.leadsTeam(actor, client.team()));
    }

    @GetMapping("/{id}/touchpoints")
    @PreAuthorize("hasAnyRole('owner','team-lead','account-manager','hr','legal')")
    public List<Touchpoints.Touchpoint> list(@PathVariable UUID id, @RequestParam(required = false) Instant before,
            @RequestParam(required = false) Integer limit) {
        access.visible(Actor.current(), id);
        return touchpoints.of(id, before, PageLimit.of(limit));
    }

    /**
     * Clients whose executive or company-level touch is due or overdue, most overdue first. {@code mine}: the
     * clients the caller manages or sponsors; {@code all}: every client the caller may see.
     */
    @GetMapping("/touchpoints/due")
    @PreAuthorize("hasAnyRole('owner','team-lead','account-manager')")
    public List<DueClient> due(@RequestParam(defaultValue = "mine") String scope,
            @RequestParam(required = false) Integer limit) {
        if (!scope.equals("mine") && !scope.equals("all")) {
            throw new BadRequestException("scope", "must be mine or all");
        }
        Actor actor = Actor.current();
        ClientAccess.Scope s = access.scope(actor);
        int n = PageLimit.of(limit);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // the database narrows to clients whose last touches are old enough to be due; the cadence decides exactly
        LocalDate execCutoff = today.minusDays(cadence.executiveEveryDays() - cadence.dueSoonDays());
        LocalDate companyCutoff = today.minusDays(cadence.companyEveryDays() - cadence.dueSoonDays());
        List<DueClient> due = new ArrayList<>();
        jdbc.sql("select c.id, c.name, c.account_manager_user_id, c.executive_sponsor_user_id, c.client_since,"
                        + " t.last_exec, t.last_company from client c left join ("
                        + " select client_id, max(at) filter (where executive) as last_exec,"
                        + " max(at) filter (where company_level) as last_company from touchpoint group by client_id) t"
                        + " on t.client_id = c.id where c.status <> 'CHURNED' and " + ClientAccess.FULL_VIEW_SQL
                        + " and (:all_scope or c.account_manager_user_id = :caller or c.executive_sponsor_user_id = :caller)"
                        + " and (coalesce(t.last_exec::date, c.client_since) <= :execCutoff"
                        + "      or coalesce(t.last_company::date, c.client_since) <= :companyCutoff)"
                        + " order by least(coalesce(t.last_exec::date, c.client_since), coalesce(t.last_company::date, c.client_since)), c.id"
                        + " limit :limit")
                .param("all", s.all()).param("me", s.me()).param("team", s.team()).param("leaving", s.leaving())
                .param("all_scope", scope.equals("all")).param("caller", actor.userId())
                .param("execCutoff", execCutoff).param("companyCutoff", companyCutoff).param("limit", n)
                .query(rs -> {
                    LocalDate since = rs.getObject("client_since", LocalDate.class);
                    var a = TouchpointCadence.assess(since, Touchpoints.date(rs.getTimestamp("last_exec")),
                            Touchpoints.date(rs.getTimestamp("last_company")), today, cadence);
                    if (a.needsAttention()) {
                        due.add(new DueClient(rs.getObject("id", UUID.class), rs.getString("name"),
                                rs.getString("account_manager_user_id"), rs.getString("executive_sponsor_user_id"),
                                a.executive(), a.company()));
                    }
                });
        return due;
    }

}
