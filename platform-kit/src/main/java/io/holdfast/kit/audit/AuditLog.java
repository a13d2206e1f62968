package io.holdfast.kit.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.holdfast.kit.EventJson;
import io.holdfast.kit.security.Actor;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who did what: actor, action, target, time and trace id, appended to the service's own audit table. Call it in
 * the transaction of the change, so an audited change and its record commit together.
 */
public class AuditLog {

    private final JdbcClient jdbc;
    private final ObjectProvider<Tracer> tracer;

    public AuditLog(JdbcClient jdbc, ObjectProvider<Tracer> tracer) {
        this.jdbc = jdbc;
        this.tracer = tracer;
    }

    public void record(String action, String targetType, Object targetId, Map<String, ?> details) {
        record(Actor.current().username(), action, targetType, targetId, details);
    }

    public void record(String actor, String action, String targetType, Object targetId, Map<String, ?> details) {
        jdbc.sql("""
                insert into audit_log (actor, action, target_type, target_id, details, trace_id)
                values (:actor, :action, :targetType, :targetId, :details, :traceId)
                """)
                .param("actor", actor)
                .param("action", action)
                .param("targetType", targetType)
                .param("targetId", targetId == null ? null : targetId.toString())
                .param("details", details == null || details.isEmpty() ? null : EventJson.mapper().writeValueAsString(details))
                .param("traceId", traceId())
                .update();
    }

    public List<Entry> find(String actor, String targetType, String targetId, String action, Long before, int limit) {
        return jdbc.sql("""
                select id, at, actor, action, target_type, target_id, details, trace_id from audit_log
                where (cast(:actor as text) is null or actor = :actor)
                  and (cast(:targetType as text) is null or target_type = :targetType)
                  and (cast(:targetId as text) is null or target_id = :targetId)
                  and (cast(:action as text) is null or action = :action)
                  and (cast(:before as bigint) is null or id < :before)
                order by id desc limit :limit
                """)
                .param("actor", actor).param("targetType", targetType).param("targetId", targetId)
                .param("action", action).param("before", before).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                        rs.getString("details"), rs.getString("trace_id")))
                .list();
    }

    private String traceId() {
        Tracer t = tracer.getIfAvailable();
        Span span = t == null ? null : t.currentSpan();
        return span == null ? null : span.context().traceId();
    }

    public record Entry(long id, Instant at, String actor, String action, String targetType, String targetId,
            String details, String traceId) {
    }
}
