package io.holdfast.clients.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.client.ClientDetailRead;
import org.springframework.context.event.EventListener;
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

    @EventListener
    void on(ClientDetailRead read) {
        record(read.userId(), read.username(), Kind.READ, List.of(read.clientId()));
    }

    public void record(String userId, String username, Kind kind, Collection<UUID> clientIds) {
        for (UUID id : clientIds) {
            jdbc.sql("insert into client_access (user_id, username, kind, client_id) values (:u, :n, :k, :c)")
                    .param("u", userId).param("n", username).param("k", kind.name()).param("c", id).update();
        }
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
