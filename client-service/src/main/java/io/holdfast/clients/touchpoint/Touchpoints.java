package io.holdfast.clients.touchpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Touchpoints in plain SQL, and the last touches per client that the cadence and the risk score need. */
@Repository
public class Touchpoints {

    public record Touchpoint(UUID id, UUID clientId, String kind, String byUserId, Instant at, String notes,
            boolean companyLevel, boolean executive) {
    }

    /** Last executive and company-level touch, and how many different people touched the client lately. */
    public record Coverage(LocalDate lastExecutiveTouch, LocalDate lastCompanyTouch, int distinctPeopleLately) {
    }

    private final JdbcClient jdbc;

    Touchpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false if a touchpoint for this document already exists */
    boolean insert(Touchpoint t, String documentId) {
        return jdbc.sql("""
                insert into touchpoint (id, client_id, kind, by_user_id, at, notes, company_level, executive, document_id)
                values (:id, :c, :k, :by, :at, :notes, :company, :exec, :doc) on conflict do nothing
                """).param("id", t.id()).param("c", t.clientId()).param("k", t.kind()).param("by", t.byUserId())
                .param("at", java.sql.Timestamp.from(t.at())).param("notes", t.notes()).param("company", t.companyLevel())
                .param("exec", t.executive()).param("doc", documentId).update() == 1;
    }

    List<Touchpoint> of(UUID clientId, Instant before, int limit) {
        return jdbc.sql("""
                select * from touchpoint where client_id = :c and (cast(:before as timestamptz) is null or at < :before)
                order by at desc, id limit :limit
                """).param("c", clientId).param("before", before == null ? null : java.sql.Timestamp.from(before))
                .param("limit", limit)
                .query((rs, n) -> new Touchpoint(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
                        rs.getString("kind"), rs.getString("by_user_id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("notes"), rs.getBoolean("company_level"), rs.getBoolean("executive")))
                .list();
    }

    public Coverage coverage(UUID clientId, Instant lately) {
        return jdbc.sql("""
                select max(at) filter (where executive) as last_exec, max(at) filter (where company_level) as last_company,
                       count(distinct by_user_id) filter (where at >= :lately) as people
                from touchpoint where client_id = :c
                """).param("c", clientId).param("lately", java.sql.Timestamp.from(lately))
                .query((rs, n) -> new Coverage(date(rs.getTimestamp("last_exec")), date(rs.getTimestamp("last_company")),
                        rs.getInt("people")))
                .single();
    }

    static LocalDate date(java.sql.Timestamp ts) {
        return Optional.ofNullable(ts).map(t -> t.toInstant().atZone(ZoneOffset.UTC).toLocalDate()).orElse(null);
    }
}
