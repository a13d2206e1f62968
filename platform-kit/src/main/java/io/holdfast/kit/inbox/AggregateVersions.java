package io.holdfast.kit.inbox;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Remembers the last applied version of each aggregate per projection, so that an older state arriving late
 * (for example a replayed dead letter) does not overwrite a newer one.
 */
public class AggregateVersions {

    private final JdbcClient jdbc;

    public AggregateVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records {@code version} for the aggregate if it is newer than what was applied; call inside the
     * consumer's transaction.
     *
     * @return true if the event is newer and should be applied, false if it is stale
     */
    public boolean advance(String stream, String aggregateId, long version) {
        return jdbc.sql("""
                insert into aggregate_version (stream, aggregate_id, version) values (:stream, :id, :version)
                on conflict (stream, aggregate_id) do update set version = excluded.version
                where aggregate_version.version < excluded.version
                """).param("stream", stream).param("id", aggregateId).param("version", version).update() == 1;
    }
}
