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

    public record Entry(long id, Instant at, String userId, String username, Kind kind, UUID clientId) {
    }

    private final JdbcClient jdbc;

    AccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String userId, String username, Kind kind, Collection<UUID> clientIds) {
        for (UUID id : clientIds) {
            jdbc.sql("insert into client_access (user_id, username, kind, client_id) values (:u, :n, :k, :c)")
                    .param("u", userId).param("n", username).param("k", kind.name()).param("c", id).update();
        }
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
        return jdbc.sql("select count(distinct client_id) from client_access where user_id = :u and kind = 'READ' and at >= :since")
                .param("u", userId).param("since", java.sql.Timestamp.from(since)).query(Integer.class).single();
    }

    /** The user's usual distinct clients per hour: the average over the hours in which they read clients at all. */
    public double usualPerHour(String userId, Instant from, Instant to) {
        return jdbc.sql("""
                select coalesce(avg(n), 0) from (
                  select count(distinct client_id) as n from client_access
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

    /** Claims the right to report this user now; false if they were reported within the quiet period. */
    public boolean claimSuspicion(String userId, Instant now, Instant quietSince) {
        jdbc.sql("insert into user_event_version (user_id, version) values (:u, 0) on conflict do nothing")
                .param("u", userId).update();
        return jdbc.sql("""
                update user_event_version set last_suspicion_at = :now
                where user_id = :u and (last_suspicion_at is null or last_suspicion_at < :quiet)
                """).param("u", userId).param("now", java.sql.Timestamp.from(now))
                .param("quiet", java.sql.Timestamp.from(quietSince)).update() == 1;
    }

    /** When the user was last reported for unusual access, if ever. */
    public java.util.Optional<Instant> lastSuspicion(String userId) {
        return jdbc.sql("select last_suspicion_at from user_event_version where user_id = :u and last_suspicion_at is not null")
                .param("u", userId).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    public List<Entry> find(UUID clientId, String userId, Long before, int limit) {
        return jdbc.sql("""
                select id, at, user_id, username, kind, client_id from client_access
                where (cast(:client as uuid) is null or client_id = :client)
                  and (cast(:user as text) is null or user_id = :user)
                  and (cast(:before as bigint) is null or id < :before)
                order by id desc limit :limit
                """).param("client", clientId).param("user", userId).param("before", before).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("user_id"),
                        rs.getString("username"), Kind.valueOf(rs.getString("kind")), rs.getObject("client_id", UUID.class)))
                .list();
    }
}
