package io.holdfast.hr.employee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EmployeeRepository {

    private static final String COLUMNS = """
            id, user_id, username, full_name, work_email, personal_email, position, team, line_manager_user_id,
            roles, language, hire_date, status, version""";

    private final JdbcClient jdbc;

    EmployeeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Employee e) {
        jdbc.sql("""
                insert into employee (id, user_id, username, full_name, work_email, personal_email, position, team,
                    line_manager_user_id, roles, language, hire_date, status, version)
                values (:id, :userId, :username, :fullName, :workEmail, :personalEmail, :position, :team,
                    :lineManager, :roles, :language, :hireDate, :status, :version)
                """)
                .param("id", e.id()).param("userId", e.userId()).param("username", e.username())
                .param("fullName", e.fullName()).param("workEmail", e.workEmail())
                .param("personalEmail", e.personalEmail()).param("position", e.position()).param("team", e.team())
                .param("lineManager", e.lineManagerUserId()).param("roles", String.join(",", e.roles()))
                .param("language", e.language()).param("hireDate", e.hireDate()).param("status", e.status().name())
                .param("version", e.version())
                .update();
    }

    void updateMasterData(Employee e) {
        jdbc.sql("""
                update employee set username = :username, full_name = :fullName, work_email = :workEmail,
                    personal_email = :personalEmail, position = :position, team = :team,
                    line_manager_user_id = :lineManager, roles = :roles, language = :language, hire_date = :hireDate
                where id = :id
                """)
                .param("id", e.id()).param("username", e.username())
                .param("fullName", e.fullName()).param("workEmail", e.workEmail())
                .param("personalEmail", e.personalEmail()).param("position", e.position()).param("team", e.team())
                .param("lineManager", e.lineManagerUserId()).param("roles", String.join(",", e.roles()))
                .param("language", e.language()).param("hireDate", e.hireDate())
                .update();
    }

    public Optional<Employee> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from employee where id = :id").param("id", id)
                .query(EmployeeRepository::map).optional();
    }

    /** Reads the employee and locks the row, so concurrent changes of one employee queue up. */
    public Optional<Employee> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from employee where id = :id for update").param("id", id)
                .query(EmployeeRepository::map).optional();
    }

    public Optional<Employee> findByUserId(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from employee where user_id = :userId").param("userId", userId)
                .query(EmployeeRepository::map).optional();
    }

    boolean userOrUsernameTaken(UUID userId, String username, UUID except) {
        return jdbc.sql("""
                select count(*) from employee
                where (user_id = :userId or lower(username) = lower(:username)) and id <> :except
                """)
                .param("userId", userId).param("username", username).param("except", except)
                .query(Long.class).single() > 0;
    }

    /** Keyset page ordered by username; {@code after} is the last username of the previous page. */
    List<Employee> search(String q, Employee.Status status, String team, String after, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from employee
                where (cast(:q as text) is null or full_name ilike :pattern or username ilike :pattern
                       or work_email ilike :pattern)
                  and (cast(:status as text) is null or status = :status)
                  and (cast(:team as text) is null or team = :team)
                  and (cast(:after as text) is null or username > :after)
                order by username limit :limit
                """)
                .param("q", q).param("pattern", q == null ? null : "%" + escapeLike(q) + "%")
                .param("status", status == null ? null : status.name()).param("team", team)
                .param("after", after).param("limit", limit)
                .query(EmployeeRepository::map).list();
    }

    /**
     * Bumps the employee's stream version for the next event on hr.employees.v1 and returns it; every producer
     * of that stream goes through here, so versions increase by one per event.
     */
    public long nextVersion(UUID id) {
        return jdbc.sql("update employee set version = version + 1 where id = :id returning version")
                .param("id", id).query(Long.class).single();
    }

    public void setStatus(UUID id, Employee.Status status) {
        jdbc.sql("update employee set status = :status where id = :id")
                .param("id", id).param("status", status.name()).update();
    }

    private static String escapeLike(String q) {
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Employee map(ResultSet rs, int row) throws SQLException {
        String roles = rs.getString("roles");
        return new Employee(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("username"), rs.getString("full_name"), rs.getString("work_email"),
                rs.getString("personal_email"), rs.getString("position"), rs.getString("team"),
                rs.getObject("line_manager_user_id", UUID.class),
                roles == null || roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")),
                rs.getString("language"), rs.getObject("hire_date", java.time.LocalDate.class),
                Employee.Status.valueOf(rs.getString("status")), rs.getLong("version"));
    }
}
