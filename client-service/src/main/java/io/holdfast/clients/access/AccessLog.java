package io.holdfast.clients.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who read or exported which client, and when. */
@Repository
public class AccessLog {

    public enum Kind {
        READ, EXPORT
    }

    /**
     * One read or export. {@code clientIds}: every client it showed; {@code clientId}: that client when it was one
     * (a detail, contacts...), null for a page. {@code what}: which read (null for an export).
     */
    public record Entry(long id, Instant at, String userId, String username, Kind kind, ClientRead what, UUID clientId,
            List<UUID> clientIds) {
    }

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row for the whole read or export, however many clients it showed. */
    public void record(String userId, String username, Kind kind, ClientRead what, Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return; // nothing was shown
        }
        jdbc.sql("insert into client_access (user_id, username, kind, what, client_ids) values (:u, :n, :k, :w, :c)")
                .param("u", userId).param("n", username).param("k", kind.name())
                .param("w", what == null ? null : what.name()).param("c", clientIds.toArray(UUID[]::new)).update();
    }

    /** Clients the user was shown since then, a client counted once per read (the read cap's measure). */
    public int clientReadsSince(String userId, Instant since) {
        return jdbc.sql("select coalesce(sum(cardinality(client_ids)), 0) from client_access where user_id = :u and kind = 'READ' and at >= :since")
                .param("u", userId).param("since", java.sql.Timestamp.from(since)).query(Integer.class).single();
    }

    /** Rows the user exported since the start of the current UTC day. */
    public int exportedToday(String userId) {
        return jdbc.sql("select coalesce(sum(rows), 0) from export_run where user_id = :u and at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'")
                .param("u", userId).query(Integer.class).single();
    }

    public void recordExport(String userId, int rows) {
        jdbc.sql("insert into export_run (user_id, rows) values (:u, :r)").param("u", userId).param("r", rows).update();
    }

    public int distinctClientsSince(String userId, Instant since) {
        return jdbc.sql("select count(distinct c) from client_access, unnest(client_ids) c where user_id = :u and kind = 'READ' and at >= :since")
                .param("u", userId).param("since", java.sql.Timestamp.from(since)).query(Integer.class).single();
    }

    /** The user's usual distinct clients per hour: the average over the hours in which they read clients at all. */
    public double usualPerHour(String userId, Instant from, Instant to) {
        return jdbc.sql("""
                select coalesce(avg(n), 0) from (
                  select count(distinct c) as n from client_access, unnest(client_ids) c
                  where user_id = :u and kind = 'READ' and at >= :from and at < :to
                  group by date_trunc('hour', at)) h
                """).param("u", userId).param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query(Double.class).single();
    }

    /** The version for the next event keyed by this user id (ExportBlocked, SuspiciousAccessDetected). */
    public long nextUserEventVersion(String userId) {
        return jdbc.sql("""
                insert into user_event_version (user_id, version) values (:u, 1)
                on conflict (user_id) do update set version = user_event_version.version + 1 returning version
                """).param("u", userId).query(Long.class).single();
    }

    /** Reports made at most once per user per window, each remembered in its own column of user_event_version. */
    public enum Report {
        UNUSUAL_ACCESS("last_suspicion_at"), READ_CAP("last_read_cap_at"), PREPARATION("last_preparation_alert_at");

        private final String column;

        Report(String column) {
            this.column = column;
        }
    }

    /** Claims the right to make this report on the user now; false if it was made since {@code windowStart}. */
    public boolean claim(Report report, String userId, Instant now, Instant windowStart) {
        jdbc.sql("insert into user_event_version (user_id, version) values (:u, 0) on conflict do nothing")
                .param("u", userId).update();
        return jdbc.sql("update user_event_version set " + report.column + " = :now where user_id = :u and ("
                        + report.column + " is null or " + report.column + " < :since)")
                .param("u", userId).param("now", java.sql.Timestamp.from(now))
                .param("since", java.sql.Timestamp.from(windowStart)).update() == 1;
    }

    /** When the user was last reported for unusual access, if ever. */
    public java.util.Optional<Instant> lastSuspicion(String userId) {
        return jdbc.sql("select last_suspicion_at from user_event_version where user_id = :u and last_suspicion_at is not null")
                .param("u", userId).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    public List<Entry> find(UUID clientId, String userId, Long before, int limit) {
        return jdbc.sql("""
                select id, at, user_id, username, kind, what, client_ids from client_access
                where (cast(:client as uuid) is null or client_ids @> array[cast(:client as uuid)])
                  and (cast(:user as text) is null or user_id = :user)
                  and (cast(:before as bigint) is null or id < :before)
                order by id desc limit :limit
                """).param("client", clientId).param("user", userId).param("before", before).param("limit", limit)
                .query((rs, n) -> {
                    List<UUID> ids = List.of((UUID[]) rs.getArray("client_ids").getArray());
                    String what = rs.getString("what");
                    return new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("user_id"),
                            rs.getString("username"), Kind.valueOf(rs.getString("kind")),
                            what == null ? null : ClientRead.valueOf(what), ids.size() == 1 ? ids.getFirst() : null, ids);
                })
                .list();
    }
}
