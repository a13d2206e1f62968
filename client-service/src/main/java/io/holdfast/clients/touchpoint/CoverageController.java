package io.holdfast.clients.touchpoint;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.client.ClientAccess;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Executive-touch coverage month by month ({@link CoverageHistory}), over the clients the caller may see. */
@RestController
@RequestMapping("/api/clients/coverage")
public class CoverageController {

    static final int MAX_MONTHS = 24;

    /** The clients a history can count: in the caller's scope, begun by today, not lost before the first point. */
    private static final String CLIENTS = " from client c where " + ClientAccess.FULL_VIEW_SQL
            + " and c.client_since <= :today and (c.status <> 'CHURNED' or c.churned_on > :first)";

    private final ClientAccess access;
    private final JdbcClient jdbc;
    private final TouchpointCadence.Settings cadence;

    CoverageController(ClientAccess access, JdbcClient jdbc, TouchpointCadence.Settings cadence) {
        this.access = access;
        this.jdbc = jdbc;
        this.cadence = cadence;
    }

    public record History(List<CoverageHistory.Point> points) {
    }

    /** Owner: every client; team lead: their team's clients and their own (as ClientAccess scopes them). */
    @GetMapping("/history")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    public History history(@RequestParam(defaultValue = "6") int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new BadRequestException("months", "must be between 1 and " + MAX_MONTHS);
        }
        ClientAccess.Scope s = access.scope(Actor.current());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = CoverageHistory.dates(today, months).getFirst();
        // a touch older than the cadence before the first point covers no point; only whether there was one matters
        var windowStart = java.sql.Timestamp.from(first.minusDays(cadence.executiveEveryDays())
                .atStartOfDay(ZoneOffset.UTC).toInstant());

        Map<UUID, List<LocalDate>> touches = new HashMap<>();
        jdbc.sql("select t.client_id, t.at from touchpoint t where t.executive and t.client_id in (select c.id" + CLIENTS
                        + ") and (t.at >= :window or t.at = (select min(e.at) from touchpoint e"
                        + " where e.client_id = t.client_id and e.executive))")
                .param("all", s.all()).param("me", s.me()).param("team", s.team()).param("leaving", s.leaving())
                .param("today", today).param("first", first).param("window", windowStart)
                .query(rs -> {
                    touches.computeIfAbsent(rs.getObject("client_id", UUID.class), k -> new ArrayList<>())
                            .add(Touchpoints.date(rs.getTimestamp("at")));
                });
        List<CoverageHistory.ClientRecord> clients = jdbc.sql("select c.id, c.client_since, c.status, c.churned_on" + CLIENTS)
                .param("all", s.all()).param("me", s.me()).param("team", s.team()).param("leaving", s.leaving())
                .param("today", today).param("first", first)
                .query((rs, n) -> new CoverageHistory.ClientRecord(rs.getObject("client_since", LocalDate.class),
                        "CHURNED".equals(rs.getString("status")), rs.getObject("churned_on", LocalDate.class),
                        touches.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
        return new History(CoverageHistory.of(today, months, clients, cadence));
    }
}
