package io.holdfast.finance.billingchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BillingChanges {

    private final JdbcClient jdbc;

    BillingChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BillingChange> find(UUID id) {
        return jdbc.sql("select * from billing_change where id = :id").param("id", id).query(this::map).optional();
    }

    Optional<BillingChange> lock(UUID id) {
        return jdbc.sql("select * from billing_change where id = :id for update").param("id", id).query(this::map)
                .optional();
    }

    boolean pendingFor(String clientId) {
        return jdbc.sql("select count(*) from billing_change where client_id = :c and status = 'PENDING'")
                .param("c", clientId).query(Long.class).single() > 0;
    }

    List<BillingChange> list(String status, String clientId, int limit) {
        return jdbc.sql("""
                select * from billing_change where (cast(:status as text) is null or status = :status)
                  and (cast(:client as text) is null or client_id = :client)
                order by requested_at desc limit :limit
                """).param("status", status).param("client", clientId).param("limit", limit).query(this::map).list();
    }

    void insert(BillingChange c) {
        jdbc.sql("""
                insert into billing_change (id, client_id, status, requested_by, requested_by_name, reason,
                    billing_contact_name, billing_contact_email, language, previous_contact_name, previous_contact_email)
                values (:id, :client, 'PENDING', :by, :byName, :reason, :name, :email, :language, :prevName, :prevEmail)
                """).param("id", c.id()).param("client", c.clientId()).param("by", c.requestedBy())
                .param("byName", c.requestedByName()).param("reason", c.reason()).param("name", c.billingContactName())
                .param("email", c.billingContactEmail()).param("language", c.language())
                .param("prevName", c.previousContactName()).param("prevEmail", c.previousContactEmail()).update();
    }

    void decide(UUID id, String status, String by, String byName, String note) {
        jdbc.sql("""
                update billing_change set status = :status, decided_by = :by, decided_by_name = :byName,
                    decided_at = now(), decision_note = :note where id = :id
                """).param("status", status).param("by", by).param("byName", byName).param("note", note)
                .param("id", id).update();
    }

    private BillingChange map(ResultSet rs, int n) throws SQLException {
        var decidedAt = rs.getTimestamp("decided_at");
        return new BillingChange(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("status"),
                rs.getString("requested_by"), rs.getString("requested_by_name"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("reason"),
                rs.getString("billing_contact_name"), rs.getString("billing_contact_email"), rs.getString("language"),
                rs.getString("previous_contact_name"), rs.getString("previous_contact_email"),
                rs.getString("decided_by"), rs.getString("decided_by_name"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_note"));
    }
}
