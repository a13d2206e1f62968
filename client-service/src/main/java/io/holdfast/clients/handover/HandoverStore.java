package io.holdfast.clients.handover;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Departures, handover plans and the jobs that work through them, in plain SQL. */
@Repository
class HandoverStore {

    enum JobKind {
        PLAN, REASSIGN, CANCEL
    }

    record Departure(String departureId, String employeeId, String userId, String team, LocalDate lastWorkingDay,
            String state, LocalDate reassignOn) {
    }

    record Job(long id, String departureId, JobKind kind, String state, int total, int done, UUID cursor) {
    }

    record Plan(UUID id, String departureId, UUID clientId, String departingUserId, String successorUserId,
            String successorReason, String status, String clientStatusBefore, String tasks, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    HandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the departure, or takes a moved last working day from a later DepartureScheduled of the same
     * departure while it is still open.
     */
    void recordDeparture(String departureId, String employeeId, String userId, String team, LocalDate lastWorkingDay) {
        jdbc.sql("""
                insert into departure (departure_id, employee_id, user_id, team, last_working_day, state)
                values (:d, :e, :u, :t, :l, 'PLANNING')
                on conflict (departure_id) do update set last_working_day = excluded.last_working_day
                where departure.state in ('PLANNING', 'PLANNED')
                """).param("d", departureId).param("e", employeeId).param("u", userId).param("t", team)
                .param("l", lastWorkingDay).update();
    }

    Optional<Departure> departure(String departureId) {
        return jdbc.sql("select * from departure where departure_id = :d").param("d", departureId)
                .query((rs, n) -> new Departure(rs.getString("departure_id"), rs.getString("employee_id"),
                        rs.getString("user_id"), rs.getString("team"), rs.getObject("last_working_day", LocalDate.class),
                        rs.getString("state"), rs.getObject("reassign_on", LocalDate.class)))
                .optional();
    }

    void departureState(String departureId, String state) {
        jdbc.sql("update departure set state = :s where departure_id = :d").param("s", state).param("d", departureId).update();
    }

    void approve(String departureId, String by, LocalDate reassignOn) {
        jdbc.sql("update departure set approved_by = :by, reassign_on = :on where departure_id = :d")
                .param("by", by).param("on", reassignOn).param("d", departureId).update();
    }

    /** Departures approved for an earlier reassignment whose date has come and that have no reassignment job yet. */
    List<String> dueEarlyReassignments(LocalDate today) {
        return jdbc.sql("""
                select d.departure_id from departure d where d.reassign_on <= :today and d.state in ('PLANNING', 'PLANNED')
                  and not exists (select 1 from handover_job j where j.departure_id = d.departure_id and j.kind = 'REASSIGN')
                """).param("today", today).query(String.class).list();
    }

    /** @return true if the job is new; a job of each kind exists at most once per departure */
    boolean createJob(String departureId, JobKind kind, int total) {
        return jdbc.sql("""
                insert into handover_job (departure_id, kind, state, total) values (:d, :k, 'PENDING', :t)
                on conflict do nothing
                """).param("d", departureId).param("k", kind.name()).param("t", total).update() == 1;
    }

    /**
     * The next job that can run, locked for this transaction. Reassigning or cancelling waits until the plans are
     * made, so an EmployeeDeparted that overtakes a long planning job still reassigns every client.
     */
    Optional<Job> lockNextJob() {
        return jdbc.sql("""
                select * from handover_job j where j.state in ('PENDING', 'RUNNING')
                  and (j.kind = 'PLAN' or not exists (select 1 from handover_job p where p.departure_id = j.departure_id
                       and p.kind = 'PLAN' and p.state <> 'DONE'))
                order by j.id limit 1 for update skip locked
                """).query(HandoverStore::job).optional();
    }

    List<Job> jobs(String departureId) {
        return jdbc.sql("select * from handover_job where departure_id = :d order by id").param("d", departureId)
                .query(HandoverStore::job).list();
    }

    void advanceJob(long id, int processed, UUID cursor, boolean finished) {
        jdbc.sql("""
                update handover_job set done = done + :n, cursor_id = coalesce(:cursor, cursor_id),
                  state = case when :finished then 'DONE' else 'RUNNING' end,
                  total = case when :finished then greatest(total, done + :n) else greatest(total, done + :n) end,
                  finished_at = case when :finished then now() else null end
                where id = :id
                """).param("n", processed).param("cursor", cursor).param("finished", finished).param("id", id).update();
    }

    void setTotal(long jobId, int total) {
        jdbc.sql("update handover_job set total = :t where id = :id").param("t", total).param("id", jobId).update();
    }

    boolean insertPlan(Plan p) {
        return jdbc.sql("""
                insert into handover_plan (id, departure_id, client_id, departing_user_id, successor_user_id,
                  successor_reason, status, client_status_before, tasks)
                values (:id, :d, :c, :from, :to, :reason, 'PROPOSED', :before, :tasks)
                on conflict (departure_id, client_id) do nothing
                """).param("id", p.id()).param("d", p.departureId()).param("c", p.clientId())
                .param("from", p.departingUserId()).param("to", p.successorUserId()).param("reason", p.successorReason())
                .param("before", p.clientStatusBefore()).param("tasks", p.tasks()).update() == 1;
    }

    /** Open plans (not yet reassigned or cancelled) of a departure, in client order. */
    List<Plan> openPlans(String departureId, int limit) {
        return jdbc.sql("""
                select * from handover_plan where departure_id = :d and status in ('PROPOSED', 'APPROVED')
                order by client_id limit :limit
                """).param("d", departureId).param("limit", limit).query(HandoverStore::plan).list();
    }

    int countOpenPlans(String departureId) {
        return jdbc.sql("select count(*) from handover_plan where departure_id = :d and status in ('PROPOSED', 'APPROVED')")
                .param("d", departureId).query(Integer.class).single();
    }

    List<Plan> plans(String departureId, UUID afterClientId, int limit) {
        return jdbc.sql("""
                select * from handover_plan where departure_id = :d
                  and (cast(:after as uuid) is null or client_id > :after)
                order by client_id limit :limit
                """).param("d", departureId).param("after", afterClientId).param("limit", limit)
                .query(HandoverStore::plan).list();
    }

    /** A client's plans, the latest first (a client may have been handed over more than once). */
    List<Plan> plansOfClient(UUID clientId, int limit) {
        return jdbc.sql("select * from handover_plan where client_id = :c order by created_at desc, id limit :limit")
                .param("c", clientId).param("limit", limit).query(HandoverStore::plan).list();
    }

    Optional<Plan> plan(UUID planId) {
        return jdbc.sql("select * from handover_plan where id = :id").param("id", planId).query(HandoverStore::plan).optional();
    }

    void planStatus(UUID planId, String status) {
        jdbc.sql("update handover_plan set status = :s where id = :id").param("s", status).param("id", planId).update();
    }

    int successor(UUID planId, String successorUserId, String tasks) {
        return jdbc.sql("""
                update handover_plan set successor_user_id = :to, successor_reason = 'CHOSEN', tasks = :tasks
                where id = :id and status in ('PROPOSED', 'APPROVED')
                """).param("to", successorUserId).param("tasks", tasks).param("id", planId).update();
    }

    int approveAll(String departureId) {
        return jdbc.sql("update handover_plan set status = 'APPROVED' where departure_id = :d and status = 'PROPOSED'")
                .param("d", departureId).update();
    }

    /** Revenue each person already carries: the clients they manage plus the open plans that name them. */
    Map<String, BigDecimal> loads(List<String> userIds) {
        Map<String, BigDecimal> loads = new HashMap<>();
        userIds.forEach(u -> loads.put(u, BigDecimal.ZERO));
        if (userIds.isEmpty()) {
            return loads;
        }
        jdbc.sql("""
                select u, sum(r) as load from (
                  select account_manager_user_id as u, yearly_revenue as r from client
                   where account_manager_user_id in (:ids) and status <> 'CHURNED'
                  union all
                  select p.successor_user_id, c.yearly_revenue from handover_plan p join client c on c.id = p.client_id
                   where p.successor_user_id in (:ids) and p.status in ('PROPOSED', 'APPROVED')) x
                group by u
                """).param("ids", userIds).query((rs, n) -> loads.put(rs.getString("u"), rs.getBigDecimal("load"))).list();
        return loads;
    }

    private static Job job(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Job(rs.getLong("id"), rs.getString("departure_id"), JobKind.valueOf(rs.getString("kind")),
                rs.getString("state"), rs.getInt("total"), rs.getInt("done"), rs.getObject("cursor_id", UUID.class));
    }

    private static Plan plan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Plan(rs.getObject("id", UUID.class), rs.getString("departure_id"), rs.getObject("client_id", UUID.class),
                rs.getString("departing_user_id"), rs.getString("successor_user_id"), rs.getString("successor_reason"),
                rs.getString("status"), rs.getString("client_status_before"), rs.getString("tasks"),
                rs.getTimestamp("created_at").toInstant());
    }
}
