package io.holdfast.clients.employee;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employee projection: team, roles and employment status per Keycloak user id. */
@Repository
public class EmployeeDirectory {

    private final JdbcClient jdbc;

    EmployeeDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Employee> find(String userId) {
        return jdbc.sql("select * from employee where user_id = :id").param("id", userId).query(EmployeeDirectory::employee)
                .optional();
    }

    private static Employee employee(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Employee(rs.getString("user_id"), rs.getString("employee_id"), rs.getString("username"),
                rs.getString("full_name"), rs.getString("work_email"), rs.getString("team"), roles(rs.getString("roles")),
                Employee.Status.valueOf(rs.getString("status")));
    }

    /** Full name, falling back to the username; empty when the person is unknown or has neither. */
    public Optional<String> nameOf(String userId) {
        return userId == null ? Optional.empty() : find(userId).map(Employee::displayName);
    }

    /**
     * Everyone who may take over clients: active account managers, team leads and owners, those of {@code team}
     * first, then by name.
     */
    public List<Employee> activeClientHolders(String team) {
        return jdbc.sql("""
                select * from employee
                where status = 'ACTIVE' and ((',' || roles || ',') like '%,account-manager,%'
                  or (',' || roles || ',') like '%,team-lead,%' or (',' || roles || ',') like '%,owner,%')
                order by (team is not distinct from :team) desc, coalesce(full_name, username, user_id)
                """).param("team", team).query(EmployeeDirectory::employee).list();
    }

    /**
     * Why {@code userId} cannot take over clients, or empty when they can: an active employee hr told us of, with a
     * role that holds clients (account manager, team lead, owner).
     */
    public Optional<String> whyCannotHoldClients(String userId) {
        Optional<Employee> e = find(userId);
        if (e.isEmpty()) {
            return Optional.of("is not an employee hr has told client-service of");
        }
        if (e.get().status() != Employee.Status.ACTIVE) {
            return Optional.of("is leaving the company and cannot take over clients");
        }
        List<String> roles = e.get().roles() == null ? List.of() : e.get().roles();
        if (roles.stream().noneMatch(r -> r.equals("account-manager") || r.equals("team-lead") || r.equals("owner"))) {
            return Optional.of("has no role that holds clients (account-manager, team-lead or owner)");
        }
        return Optional.empty();
    }

    public Optional<String> teamOf(String userId) {
        return find(userId).map(Employee::team);
    }

    public Employee.Status statusOf(String userId) {
        return find(userId).map(Employee::status).orElse(Employee.Status.ACTIVE);
    }

    /** Active account managers of a team, the people a departing manager's clients can go to. */
    public List<String> activeAccountManagers(String team) {
        return jdbc.sql("""
                select user_id from employee
                where team = :team and status = 'ACTIVE' and (',' || roles || ',') like '%,account-manager,%'
                order by user_id
                """).param("team", team).query(String.class).list();
    }

    void upsert(Employee e) {
        jdbc.sql("""
                insert into employee (user_id, employee_id, username, full_name, work_email, team, roles, status)
                values (:userId, :employeeId, :username, :fullName, :workEmail, :team, :roles, :status)
                on conflict (user_id) do update set employee_id = excluded.employee_id, username = excluded.username,
                  full_name = excluded.full_name, work_email = excluded.work_email, team = excluded.team,
                  roles = excluded.roles, status = excluded.status
                """)
                .param("userId", e.userId()).param("employeeId", e.employeeId()).param("username", e.username())
                .param("fullName", e.fullName()).param("workEmail", e.workEmail()).param("team", e.team())
                .param("roles", String.join(",", e.roles() == null ? List.of() : e.roles()))
                .param("status", e.status().name()).update();
    }

    /** The private address hr knows for the person (kept apart from {@link Employee}, which the rules use). */
    void personalEmail(String userId, String email) {
        jdbc.sql("update employee set personal_email = :email where user_id = :u").param("email", email)
                .param("u", userId).update();
    }

    /** Whether {@code email} is an address hr knows as some employee's own, work or personal. */
    public boolean isEmployeeAddress(String email) {
        return email != null && jdbc.sql("""
                select exists (select 1 from employee where lower(work_email) = lower(:e) or lower(personal_email) = lower(:e))
                """).param("e", email.trim()).query(Boolean.class).single();
    }

    /** Sets the status, creating a minimal row when the person is not known yet (events may arrive out of order). */
    void status(String userId, String employeeId, String username, String team, Employee.Status status) {
        jdbc.sql("""
                insert into employee (user_id, employee_id, username, team, status)
                values (:userId, :employeeId, :username, :team, :status)
                on conflict (user_id) do update set status = excluded.status,
                  team = coalesce(employee.team, excluded.team)
                """)
                .param("userId", userId).param("employeeId", employeeId).param("username", username)
                .param("team", team).param("status", status.name()).update();
    }

    private static List<String> roles(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }
}
