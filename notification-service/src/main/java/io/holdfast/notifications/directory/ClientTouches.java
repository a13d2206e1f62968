package io.holdfast.notifications.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.crm.TouchpointRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last executive and company-level touch of each client. Events of one client come in order on its partition,
 * so reading and writing the row in the consumer's transaction is safe; a redelivered or older touch changes nothing.
 */
@Component
public class ClientTouches {

    private final JdbcClient jdbc;

    public ClientTouches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void apply(DomainEvent event) {
        // a letter sent in the company's name (CompanyDocumentIssued) comes back from client-service as a
        // company-level TouchpointRecorded, so this one event carries every touch
        if (event instanceof TouchpointRecorded t) {
            record(t.clientId(), t.executive(), t.companyLevel(), t.at());
        }
    }

    private void record(String clientId, boolean executive, boolean companyLevel, Instant at) {
        if (clientId == null || at == null || !(executive || companyLevel)) {
            return;
        }
        LastTouches current = jdbc.sql("select last_executive_at, last_company_at from client_touch where client_id = :id")
                .param("id", clientId).query((rs, n) -> new LastTouches(instant(rs.getTimestamp("last_executive_at")),
                        instant(rs.getTimestamp("last_company_at"))))
                .optional().orElse(LastTouches.NONE);
        LastTouches next = current.with(executive, companyLevel, at);
        if (next.equals(current)) {
            return;
        }
        jdbc.sql("""
                insert into client_touch (client_id, last_executive_at, last_company_at) values (:id, :exec, :company)
                on conflict (client_id) do update set last_executive_at = excluded.last_executive_at,
                    last_company_at = excluded.last_company_at
                """).param("id", clientId).param("exec", timestamp(next.executive()))
                .param("company", timestamp(next.company())).update();
    }

    /** Every client still with us, with their last touches as dates in {@code zone}. */
    public List<ClientTouchState> clients(ZoneId zone) {
        return jdbc.sql("""
                select c.client_id, c.name, c.executive_sponsor_user_id, c.account_manager_user_id, c.client_since,
                       t.last_executive_at, t.last_company_at
                from client c left join client_touch t on t.client_id = c.client_id
                where not c.churned
                order by c.name, c.client_id
                """).query((rs, n) -> new ClientTouchState(rs.getString("client_id"), rs.getString("name"),
                        rs.getString("executive_sponsor_user_id"), rs.getString("account_manager_user_id"),
                        rs.getObject("client_since", LocalDate.class),
                        date(rs.getTimestamp("last_executive_at"), zone), date(rs.getTimestamp("last_company_at"), zone)))
                .list();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static LocalDate date(Timestamp ts, ZoneId zone) {
        return ts == null ? null : LocalDate.ofInstant(ts.toInstant(), zone);
    }
}
