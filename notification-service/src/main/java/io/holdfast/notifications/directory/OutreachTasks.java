package io.holdfast.notifications.directory;

import java.time.LocalDate;
import java.util.List;

import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.crm.HandoverPlanned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The handover tasks each person owes, kept from HandoverPlanned and closed by the events that show them done. */
@Component
public class OutreachTasks {

    private final JdbcClient jdbc;

    public OutreachTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void apply(DomainEvent event) {
        if (event instanceof HandoverPlanned plan) {
            // a plan is re-published when its successor changes: its tasks are replaced, the done ones stay done
            List<HandoverPlanned.Task> tasks = plan.tasks() == null ? List.of() : plan.tasks();
            jdbc.sql("delete from outreach_task where plan_id = :plan and done_at is null").param("plan", plan.planId())
                    .update();
            for (HandoverPlanned.Task task : tasks) {
                if (task.assigneeUserId() == null || task.dueOn() == null) {
                    continue;
                }
                jdbc.sql("""
                        insert into outreach_task (plan_id, client_id, client_name, kind, due_on, assignee_user_id)
                        values (:plan, :client, :name, :kind, :due, :assignee)
                        on conflict do nothing
                        """).param("plan", plan.planId()).param("client", plan.clientId())
                        .param("name", plan.clientName()).param("kind", task.kind().name()).param("due", task.dueOn())
                        .param("assignee", task.assigneeUserId()).update();
            }
            return;
        }
        if (event instanceof ClientChurned churned) {
            // nobody owes outreach to a client who has gone
            jdbc.sql("update outreach_task set done_at = now() where client_id = :client and done_at is null")
                    .param("client", churned.clientId()).update();
            return;
        }
        TaskCompletionRule.completes(event).ifPresent(kind -> jdbc.sql("""
                update outreach_task set done_at = now()
                where client_id = :client and kind = :kind and done_at is null
                """).param("client", event.aggregateId()).param("kind", kind.name()).update());
    }

    /** Open tasks due on or before {@code until}, per assignee, oldest first. */
    public List<OpenTask> openDueBy(LocalDate until) {
        return jdbc.sql("""
                select assignee_user_id, client_id, client_name, kind, due_on from outreach_task
                where done_at is null and due_on <= :until
                order by assignee_user_id, due_on, client_name, kind
                """).param("until", until)
                .query((rs, n) -> new OpenTask(rs.getString("assignee_user_id"), rs.getString("client_id"),
                        rs.getString("client_name"), HandoverPlanned.Task.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }
}
