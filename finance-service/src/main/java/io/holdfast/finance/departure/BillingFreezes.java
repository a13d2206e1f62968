package io.holdfast.finance.departure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Freezes, the clients they cover, the statements sent and the billing changes listed for review. */
@Repository
public class BillingFreezes {

    private final JdbcClient jdbc;

    BillingFreezes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The freeze in force on the client today, if any (the one lasting longest when several overlap). */
    public Optional<BillingFreeze> inForce(String clientId, LocalDate today) {
        return jdbc.sql("""
                select f.* from billing_freeze f join billing_freeze_client c on c.departure_id = f.departure_id
                where c.client_id = :client and f.status = 'ACTIVE' order by f.frozen_until desc
                """).param("client", clientId).query(this::map).list().stream()
                .filter(f -> FreezeWindowPolicy.isFrozen(today, f.frozenUntil(), false)).findFirst();
    }

    List<BillingFreeze> list(String status) {
        return jdbc.sql("""
                select * from billing_freeze where (cast(:status as text) is null or status = :status)
                order by created_at desc limit 500
                """).param("status", status).query(this::map).list();
    }

    /** Records or moves the freeze (a changed last working day re-announces the same departure). */
    void upsert(String departureId, String employeeId, String managerUserId, String managerName,
            LocalDate lastWorkingDay, LocalDate frozenUntil) {
        jdbc.sql("""
                insert into billing_freeze (departure_id, employee_id, manager_user_id, manager_name, last_working_day,
                                            frozen_until, status)
                values (:departure, :employee, :manager, :name, :lastDay, :until, 'ACTIVE')
                on conflict (departure_id) do update set last_working_day = excluded.last_working_day,
                    frozen_until = excluded.frozen_until, status = 'ACTIVE', lifted_at = null, lift_reason = null
                """).param("departure", departureId).param("employee", employeeId).param("manager", managerUserId)
                .param("name", managerName).param("lastDay", lastWorkingDay).param("until", frozenUntil).update();
    }

    void cover(String departureId, String clientId) {
        jdbc.sql("insert into billing_freeze_client (departure_id, client_id) values (:d, :c) on conflict do nothing")
                .param("d", departureId).param("c", clientId).update();
    }

    boolean lift(String departureId, String reason) {
        return jdbc.sql("""
                update billing_freeze set status = 'LIFTED', lifted_at = now(), lift_reason = :reason
                where departure_id = :d and status = 'ACTIVE'
                """).param("d", departureId).param("reason", reason).update() == 1;
    }

    /** True the first time a statement in this currency goes to this client for this departure. */
    boolean recordStatement(UUID id, String departureId, String clientId, String currency,
            java.math.BigDecimal outstanding, int invoices) {
        return jdbc.sql("""
                insert into billing_statement (id, departure_id, client_id, currency, outstanding, invoices)
                values (:id, :d, :c, :currency, :outstanding, :invoices) on conflict do nothing
                """).param("id", id).param("d", departureId).param("c", clientId).param("currency", currency)
                .param("outstanding", outstanding).param("invoices", invoices).update() == 1;
    }

    /** Lists the billing changes requested on these clients since {@code from} for a second look. */
    int listForReview(String departureId, List<String> clientIds, LocalDate from) {
        return jdbc.sql("""
                insert into billing_review (departure_id, change_id, client_id)
                select :d, id, client_id from billing_change
                where client_id = any(:clients) and requested_at >= cast(:from as date)
                on conflict do nothing
                """).param("d", departureId).param("clients", clientIds.toArray(String[]::new)).param("from", from)
                .update();
    }

    public record Review(String departureId, String managerName, UUID changeId, String clientId, String status,
            String requestedByName, Instant requestedAt, String previousContactEmail, String billingContactEmail,
            String decidedByName, Instant listedAt, String reviewedBy, Instant reviewedAt) {
    }

    List<Review> reviews(boolean pendingOnly) {
        return jdbc.sql("""
                select r.departure_id, f.manager_name, r.change_id, r.client_id, c.status, c.requested_by_name,
                       c.requested_at, c.previous_contact_email, c.billing_contact_email, c.decided_by_name,
                       r.listed_at, r.reviewed_by, r.reviewed_at
                from billing_review r join billing_change c on c.id = r.change_id
                     join billing_freeze f on f.departure_id = r.departure_id
                where (:pending = false or r.reviewed_at is null)
                order by r.listed_at desc, c.requested_at desc limit 500
                """).param("pending", pendingOnly).query((rs, n) -> new Review(rs.getString(1), rs.getString(2),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7),
                        rs.getString(8), rs.getString(9), rs.getString(10), instant(rs, 11), rs.getString(12),
                        instant(rs, 13))).list();
    }

    boolean markReviewed(String departureId, UUID changeId, String reviewer) {
        return jdbc.sql("""
                update billing_review set reviewed_by = :who, reviewed_at = now()
                where departure_id = :d and change_id = :c and reviewed_at is null
                """).param("who", reviewer).param("d", departureId).param("c", changeId).update() == 1;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private BillingFreeze map(ResultSet rs, int n) throws SQLException {
        String departureId = rs.getString("departure_id");
        List<String> clients = jdbc.sql("select client_id from billing_freeze_client where departure_id = :d order by 1")
                .param("d", departureId).query(String.class).list();
        return new BillingFreeze(departureId, rs.getString("employee_id"), rs.getString("manager_user_id"),
                rs.getString("manager_name"), rs.getObject("last_working_day", LocalDate.class),
                rs.getObject("frozen_until", LocalDate.class), rs.getString("status"), instant(rs, rs.findColumn("created_at")),
                instant(rs, rs.findColumn("lifted_at")), rs.getString("lift_reason"), clients);
    }
}
