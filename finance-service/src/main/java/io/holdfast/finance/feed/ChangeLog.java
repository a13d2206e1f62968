package io.holdfast.finance.feed;

import java.util.List;
import java.util.UUID;

import io.holdfast.kit.EventJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The finance system's change feed: one row per change of an invoice or payment, written in the transaction of
 * the change and stamped with that transaction's id, so that a reader can wait for every earlier transaction.
 */
@Repository
public class ChangeLog {

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String entityType, UUID entityId, String change, Object state) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("ChangeLog.record must run in the transaction of the change");
        }
        jdbc.sql("""
                insert into change_log (entity_type, entity_id, change, payload) values (:type, :id, :change, :payload)
                """).param("type", entityType).param("id", entityId).param("change", change)
                .param("payload", EventJson.mapper().writeValueAsString(state)).update();
    }

    record Row(long xid, long id, String entityType, UUID entityId, String change, String payload,
            java.time.Instant changedAt) {
    }

    /**
     * Rows after the cursor, only those written by transactions older than every transaction still running: a
     * transaction that is still open could commit a row with a smaller (xid, id) later.
     */
    List<Row> after(long xid, long id, int limit) {
        return jdbc.sql("""
                select cast(cast(xid as text) as bigint) as x, id, entity_type, entity_id, change, payload, changed_at
                from change_log
                where xid < pg_snapshot_xmin(pg_current_snapshot())
                  and (xid, id) > (cast(cast(:xid as text) as xid8), :id)
                order by xid, id limit :limit
                """).param("xid", xid).param("id", id).param("limit", limit)
                .query((rs, n) -> new Row(rs.getLong("x"), rs.getLong("id"), rs.getString("entity_type"),
                        rs.getObject("entity_id", UUID.class), rs.getString("change"), rs.getString("payload"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
