package io.holdfast.notifications.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.contracts.crm.ClientRiskChanged;
import io.holdfast.contracts.crm.ClientUpdated;
import io.holdfast.contracts.crm.Contact;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeHired;
import io.holdfast.contracts.hr.EmployeeUpdated;
import io.holdfast.kit.inbox.AggregateVersions;
import io.holdfast.notifications.routing.ClientFacts;
import io.holdfast.notifications.routing.ClientLoad;
import io.holdfast.notifications.routing.Person;
import io.holdfast.notifications.routing.Recipients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The local projections of people and clients, kept from hr and crm events, and the lookups the rule table
 * needs. {@link #apply} runs in the consumer's transaction, before the rules, so a message sees the state the
 * event brought.
 */
@Component
public class Directory implements Recipients {

    private static final String EMPLOYEES = "employee";
    private static final String CLIENTS = "client";

    private final JdbcClient jdbc;
    private final AggregateVersions versions;
    private final OutreachTasks tasks;
    private final ClientTouches touches;

    public Directory(JdbcClient jdbc, AggregateVersions versions, OutreachTasks tasks, ClientTouches touches) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.tasks = tasks;
        this.touches = touches;
    }

    public void apply(DomainEvent event) {
        tasks.apply(event);
        touches.apply(event);
        switch (event) {
            case EmployeeHired e -> {
                if (versions.advance(EMPLOYEES, e.employeeId(), e.aggregateVersion())) {
                    upsertEmployee(e.employeeId(), e.userId(), e.username(), e.fullName(), e.workEmail(),
                            e.personalEmail(), e.team(), e.lineManagerUserId(), e.roles(), e.language(), "ACTIVE");
                }
            }
            case EmployeeUpdated e -> {
                if (versions.advance(EMPLOYEES, e.employeeId(), e.aggregateVersion())) {
                    upsertEmployee(e.employeeId(), e.userId(), e.username(), e.fullName(), e.workEmail(),
                            e.personalEmail(), e.team(), e.lineManagerUserId(), e.roles(), e.language(),
                            e.status() == null ? "ACTIVE" : e.status().name());
                }
            }
            case DepartureScheduled e -> {
                if (versions.advance(EMPLOYEES, e.employeeId(), e.aggregateVersion())) {
                    setStatus(e.employeeId(), "NOTICE_GIVEN");
                }
            }
            case DepartureCancelled e -> {
                if (versions.advance(EMPLOYEES, e.employeeId(), e.aggregateVersion())) {
                    setStatus(e.employeeId(), "ACTIVE");
                }
            }
            case EmployeeDeparted e -> {
                if (versions.advance(EMPLOYEES, e.employeeId(), e.aggregateVersion())) {
                    jdbc.sql("""
                            update employee set status = 'DEPARTED',
                                   personal_email = coalesce(:email, personal_email),
                                   language = coalesce(:language, language)
                            where employee_id = :id
                            """).param("email", e.personalEmail()).param("language", e.language())
                            .param("id", e.employeeId()).update();
                }
            }
            case ClientRegistered e -> {
                if (versions.advance(CLIENTS, e.clientId(), e.aggregateVersion())) {
                    jdbc.sql("""
                            insert into client (client_id, name, team, account_manager_user_id,
                                                executive_sponsor_user_id, client_since, language)
                            values (:id, :name, :team, :manager, :sponsor, :since, :language)
                            on conflict (client_id) do update set name = excluded.name, team = excluded.team,
                                account_manager_user_id = excluded.account_manager_user_id,
                                executive_sponsor_user_id = excluded.executive_sponsor_user_id,
                                client_since = excluded.client_since, language = excluded.language
                            """).param("id", e.clientId()).param("name", e.name()).param("team", e.team())
                            .param("manager", e.accountManagerUserId()).param("sponsor", e.executiveSponsorUserId())
                            .param("since", e.clientSince()).param("language", language(e.language())).update();
                    replaceContacts(e.clientId(), e.contacts());
                }
            }
            case ClientContactsChanged e -> {
                if (versions.advance(CLIENTS, e.clientId(), e.aggregateVersion()) && clientKnown(e.clientId())) {
                    replaceContacts(e.clientId(), e.contacts());
                }
            }
            case ClientReassigned e -> {
                if (versions.advance(CLIENTS, e.clientId(), e.aggregateVersion())) {
                    jdbc.sql("""
                            update client set account_manager_user_id = :manager,
                                   executive_sponsor_user_id = coalesce(:sponsor, executive_sponsor_user_id)
                            where client_id = :id
                            """).param("manager", e.toUserId()).param("sponsor", e.executiveSponsorUserId())
                            .param("id", e.clientId()).update();
                }
            }
            case ClientUpdated e -> {
                // the sponsor the company's letters and tasks go to, and the name they carry
                if (versions.advance(CLIENTS, e.clientId(), e.aggregateVersion())) {
                    jdbc.sql("""
                            update client set name = :name, executive_sponsor_user_id = :sponsor,
                                   language = coalesce(:language, language)
                            where client_id = :id
                            """).param("name", e.clientName()).param("sponsor", e.executiveSponsorUserId())
                            .param("language", language(e.language())).param("id", e.clientId()).update();
                }
            }
            case ClientRiskChanged e -> {
                if (versions.advance(CLIENTS, e.clientId(), e.aggregateVersion())) {
                    jdbc.sql("update client set risk_band = :band where client_id = :id")
                            .param("band", e.band().name()).param("id", e.clientId()).update();
                }
            }
            case ClientChurned e -> {
                if (versions.advance(CLIENTS, e.clientId(), e.aggregateVersion())) {
                    jdbc.sql("update client set churned = true where client_id = :id").param("id", e.clientId())
                            .update();
                }
            }
            default -> {
                // other events carry nothing this projection keeps
            }
        }
    }

    @Override
    public List<Person> withRole(String role) {
        return jdbc.sql("select * from employee where :role = any(roles) and status <> 'DEPARTED' order by user_id")
                .param("role", role).query(Directory::person).list();
    }

    @Override
    public Optional<Person> staff(String userId) {
        return jdbc.sql("select * from employee where user_id = :id").param("id", userId)
                .query(Directory::person).optional();
    }

    /** A member of staff who has not left; departed people get no digests. */
    public Optional<Person> activeStaff(String userId) {
        return jdbc.sql("select * from employee where user_id = :id and status <> 'DEPARTED'").param("id", userId)
                .query(Directory::person).optional();
    }

    @Override
    public List<Person> teamLeads(String team) {
        if (team == null) {
            return List.of();
        }
        return jdbc.sql("""
                select * from employee where team = :team and 'team-lead' = any(roles) and status <> 'DEPARTED'
                order by user_id
                """).param("team", team).query(Directory::person).list();
    }

    @Override
    public Optional<ClientFacts> client(String clientId) {
        return jdbc.sql("select * from client where client_id = :id").param("id", clientId)
                .query((rs, n) -> new ClientFacts(rs.getString("client_id"), rs.getString("name"), rs.getString("team"),
                        rs.getString("account_manager_user_id"), rs.getString("executive_sponsor_user_id"),
                        rs.getObject("client_since", java.time.LocalDate.class), rs.getString("language"),
                        contact(clientId, "is_primary", rs.getString("language")),
                        contact(clientId, "is_billing", rs.getString("language"))))
                .optional();
    }

    @Override
    public ClientLoad load(String accountManagerUserId) {
        return jdbc.sql("""
                select count(*) as clients, count(*) filter (where risk_band = 'HIGH') as high
                from client where account_manager_user_id = :id and not churned
                """).param("id", accountManagerUserId)
                .query((rs, n) -> new ClientLoad(rs.getInt("clients"), rs.getInt("high"))).single();
    }

    /** The team a member of staff belongs to (also for the team lead's object-level checks). */
    @Override
    public Optional<String> teamOf(String userId) {
        return jdbc.sql("select team from employee where user_id = :id and team is not null").param("id", userId)
                .query(String.class).optional();
    }

    private Person contact(String clientId, String flag, String language) {
        return jdbc.sql("select name, email from client_contact where client_id = :id and " + flag
                + " order by contact_id limit 1").param("id", clientId)
                .query((rs, n) -> new Person(null, rs.getString("name"), rs.getString("email"), language))
                .optional().orElse(null);
    }

    private boolean clientKnown(String clientId) {
        return jdbc.sql("select count(*) from client where client_id = :id").param("id", clientId)
                .query(Long.class).single() > 0;
    }

    private void replaceContacts(String clientId, List<Contact> contacts) {
        jdbc.sql("delete from client_contact where client_id = :id").param("id", clientId).update();
        for (Contact c : contacts == null ? List.<Contact>of() : contacts) {
            jdbc.sql("""
                    insert into client_contact (client_id, contact_id, name, email, is_primary, is_billing)
                    values (:client, :id, :name, :email, :primary, :billing)
                    on conflict do nothing
                    """).param("client", clientId).param("id", c.contactId()).param("name", c.name())
                    .param("email", c.email()).param("primary", c.primary()).param("billing", c.billing()).update();
        }
    }

    private void upsertEmployee(String employeeId, String userId, String username, String fullName, String workEmail,
            String personalEmail, String team, String lineManager, List<String> roles, String language,
            String status) {
        jdbc.sql("""
                insert into employee (user_id, employee_id, username, full_name, work_email, personal_email, team,
                                      line_manager_user_id, roles, language, status)
                values (:userId, :employeeId, :username, :fullName, :workEmail, :personalEmail, :team,
                        :lineManager, string_to_array(:roles, ','), :language, :status)
                on conflict (user_id) do update set employee_id = excluded.employee_id,
                    username = excluded.username, full_name = excluded.full_name, work_email = excluded.work_email,
                    personal_email = excluded.personal_email, team = excluded.team,
                    line_manager_user_id = excluded.line_manager_user_id, roles = excluded.roles,
                    language = excluded.language, status = excluded.status
                """).param("userId", userId).param("employeeId", employeeId).param("username", username)
                .param("fullName", fullName).param("workEmail", workEmail).param("personalEmail", personalEmail)
                .param("team", team).param("lineManager", lineManager)
                .param("roles", String.join(",", roles == null ? List.of() : roles))
                .param("language", language(language)).param("status", status).update();
    }

    private void setStatus(String employeeId, String status) {
        jdbc.sql("update employee set status = :status where employee_id = :id").param("status", status)
                .param("id", employeeId).update();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getString("user_id"), rs.getString("full_name"), rs.getString("work_email"),
                rs.getString("language"));
    }

    private static String language(String language) {
        return "ru".equalsIgnoreCase(language) ? "ru" : "en";
    }
}
