package io.holdfast.finance.receivable;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.holdfast.contracts.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Receivables {

    private final JdbcClient jdbc;

    Receivables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Opening(String sourceType, String sourceId, String employeeId, String userId, String fullName,
            String clientId, String clientName, String basis, Money amount, String explanation) {
    }

    /** Opens once per source (a redelivered or replayed event finds it there). */
    Optional<UUID> open(Opening o) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into receivable (id, source_type, source_id, employee_id, user_id, full_name, client_id,
                    client_name, basis, original_amount, amount, currency, status, explanation)
                values (:id, :type, :source, :employee, :user, :name, :client, :clientName, :basis, :amount, :amount,
                    :currency, 'OPEN', :explanation)
                on conflict (source_id) do nothing
                """).param("id", id).param("type", o.sourceType()).param("source", o.sourceId())
                .param("employee", o.employeeId()).param("user", o.userId()).param("name", o.fullName())
                .param("client", o.clientId()).param("clientName", o.clientName()).param("basis", o.basis())
                .param("amount", o.amount().amount()).param("currency", o.amount().currency())
                .param("explanation", o.explanation()).update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    Optional<Receivable> bySource(String sourceId) {
        return jdbc.sql("select * from receivable where source_id = :s").param("s", sourceId).query(this::map).optional();
    }

    Optional<Receivable> lock(UUID id) {
        return jdbc.sql("select * from receivable where id = :id for update").param("id", id).query(this::map).optional();
    }

    Optional<Receivable> find(UUID id) {
        return jdbc.sql("select * from receivable where id = :id").param("id", id).query(this::map).optional();
    }

    List<Receivable> list(String status, String employeeId, int limit) {
        return jdbc.sql("""
                select * from receivable where (cast(:status as text) is null or status = :status)
                  and (cast(:employee as text) is null or employee_id = :employee)
                order by created_at desc limit :limit
                """).param("status", status).param("employee", employeeId).param("limit", limit).query(this::map)
                .list();
    }

    void adjust(UUID id, BigDecimal amount, ReceivableStatusRule.Status status, String note) {
        jdbc.sql("update receivable set amount = :amount, status = :status, note = :note, updated_at = now() where id = :id")
                .param("amount", amount).param("status", status.name()).param("note", note).param("id", id).update();
    }

    void changeStatus(UUID id, ReceivableStatusRule.Status status, String note) {
        jdbc.sql("update receivable set status = :status, note = :note, updated_at = now() where id = :id")
                .param("status", status.name()).param("note", note).param("id", id).update();
    }

    private Receivable map(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        return new Receivable(rs.getObject("id", UUID.class), rs.getString("source_type"), rs.getString("source_id"),
                rs.getString("employee_id"), rs.getString("user_id"), rs.getString("full_name"),
                rs.getString("client_id"), rs.getString("client_name"), rs.getString("basis"),
                new Money(rs.getBigDecimal("original_amount"), currency), new Money(rs.getBigDecimal("amount"), currency),
                ReceivableStatusRule.Status.valueOf(rs.getString("status")), rs.getString("explanation"),
                rs.getString("note"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
