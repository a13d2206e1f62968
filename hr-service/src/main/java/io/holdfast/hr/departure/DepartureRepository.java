package io.holdfast.hr.departure;

import io.holdfast.contracts.hr.DepartureScheduled;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepartureRepository {

    private final JdbcClient jdbc;

    DepartureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Departure d) {
        jdbc.sql("""
                insert into departure (id, employee_id, notice_date, last_working_day, reason, recorded_by, status,
                    non_solicitation_ends_on)
                values (:id, :employeeId, :noticeDate, :lastDay, :reason, :recordedBy, :status, :nsEnds)
                """)
                .param("id", d.id()).param("employeeId", d.employeeId()).param("noticeDate", d.noticeDate())
                .param("lastDay", d.lastWorkingDay()).param("reason", d.reason().name())
                .param("recordedBy", d.recordedBy()).param("status", d.status().name())
                .param("nsEnds", d.nonSolicitationEndsOn())
                .update();
    }

    Optional<Departure> find(UUID id) {
        return jdbc.sql("select * from departure where id = :id").param("id", id)
                .query(DepartureRepository::map).optional();
    }

    /** The open departure of the employee, locked for the change. */
    Optional<Departure> lockOpen(UUID employeeId) {
        return jdbc.sql("select * from departure where employee_id = :id and status = 'SCHEDULED' for update")
                .param("id", employeeId).query(DepartureRepository::map).optional();
    }

    Optional<Departure> latestFor(UUID employeeId) {
        return jdbc.sql("select * from departure where employee_id = :id order by created_at desc limit 1")
                .param("id", employeeId).query(DepartureRepository::map).optional();
    }

    /**
     * The next departure due for completion, locked; a departure another instance is completing right now is
     * skipped rather than waited for, so several instances can run the job at once.
     */
    Optional<Departure> lockNextDue(LocalDate today) {
        return jdbc.sql("""
                select * from departure where status = 'SCHEDULED' and last_working_day < :today
                order by last_working_day, id limit 1 for update skip locked
                """).param("today", today).query(DepartureRepository::map).optional();
    }

    void changeLastDay(UUID id, LocalDate lastDay, LocalDate nsEnds) {
        jdbc.sql("update departure set last_working_day = :lastDay, non_solicitation_ends_on = :nsEnds where id = :id")
                .param("id", id).param("lastDay", lastDay).param("nsEnds", nsEnds).update();
    }

    void cancel(UUID id, String reason, String by) {
        jdbc.sql("update departure set status = 'CANCELLED', cancel_reason = :reason, cancelled_by = :by where id = :id")
                .param("id", id).param("reason", reason).param("by", by).update();
    }

    void complete(UUID id, LocalDate lastDay, LocalDate nsEnds, Instant at, String by) {
        jdbc.sql("""
                update departure set status = 'COMPLETED', last_working_day = :lastDay,
                    non_solicitation_ends_on = :nsEnds, completed_at = :at, completed_by = :by
                where id = :id
                """)
                .param("id", id).param("lastDay", lastDay).param("nsEnds", nsEnds)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** Departures joined with the employee, for the portal's lists. */
    List<DepartureSummary> summaries(String where, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select d.*, e.full_name, e.username, e.team, e.user_id from departure d
                join employee e on e.id = d.employee_id
                where """ + " " + where + " order by d.last_working_day, d.id limit :limit")
                .param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new DepartureSummary(map(rs, n), rs.getString("full_name"), rs.getString("username"),
                        rs.getString("team"), rs.getObject("user_id", UUID.class)))
                .list();
    }

    static Departure map(ResultSet rs, int row) throws SQLException {
        Timestamp completedAt = rs.getTimestamp("completed_at");
        return new Departure(rs.getObject("id", UUID.class), rs.getObject("employee_id", UUID.class),
                rs.getObject("notice_date", LocalDate.class), rs.getObject("last_working_day", LocalDate.class),
                DepartureScheduled.Reason.valueOf(rs.getString("reason")), rs.getString("recorded_by"),
                Departure.Status.valueOf(rs.getString("status")), rs.getString("cancel_reason"),
                rs.getString("cancelled_by"), completedAt == null ? null : completedAt.toInstant(),
                rs.getString("completed_by"), rs.getObject("non_solicitation_ends_on", LocalDate.class));
    }
}
