package io.holdfast.clients.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.client.ClientApi.ClientSummary;
import io.holdfast.clients.client.ClientApi.Money;
import io.holdfast.clients.client.ClientApi.Page;
import io.holdfast.kit.web.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Search with filters and keyset pagination on (name, id), limited to what the caller may see. */
@Component
public class ClientQueries {

    private final JdbcClient jdbc;

    ClientQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static final String FILTERS = """
              and (cast(:q as text) is null or lower(c.name) like :q or lower(c.tax_id) like :q)
              and (cast(:status as text) is null or c.status = :status)
              and (cast(:manager as text) is null or c.account_manager_user_id = :manager)
              and (cast(:filterTeam as text) is null or c.team = :filterTeam)
            """;

    /** How many clients the caller could export with this filter (full view only). */
    public int countForExport(ClientAccess.Scope scope, Filter f) {
        return jdbc.sql("select count(*) from client c where " + ClientAccess.FULL_VIEW_SQL + FILTERS)
                .param("all", scope.all()).param("me", scope.me()).param("team", scope.team())
                .param("leaving", scope.leaving()).param("q", like(f.q()))
                .param("status", f.status() == null ? null : f.status().name()).param("manager", f.managerUserId())
                .param("filterTeam", f.team()).query(Integer.class).single();
    }

    /** The clients to export, in name order, at most {@code f.limit()}. */
    public List<Client> forExport(ClientAccess.Scope scope, Filter f) {
        return jdbc.sql("select " + ClientRepository.COLUMNS + " from client c where " + ClientAccess.FULL_VIEW_SQL
                        + FILTERS + " order by c.name, c.id limit :limit")
                .param("all", scope.all()).param("me", scope.me()).param("team", scope.team())
                .param("leaving", scope.leaving()).param("q", like(f.q()))
                .param("status", f.status() == null ? null : f.status().name()).param("manager", f.managerUserId())
                .param("filterTeam", f.team()).param("limit", f.limit()).query(ClientRepository::map).list();
    }

    private static String like(String q) {
        return q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase().replace("%", "\\%") + "%";
    }

    public record Filter(String q, Client.Status status, String managerUserId, String team, String after, int limit,
            String riskBand) {

        public Filter(String q, Client.Status status, String managerUserId, String team, String after, int limit) {
            this(q, status, managerUserId, team, after, limit, null);
        }
    }

    public Page<ClientSummary> search(ClientAccess.Scope scope, Filter f) {
        String afterName = null;
        UUID afterId = null;
        if (f.after() != null && !f.after().isBlank()) {
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(f.after()), StandardCharsets.UTF_8);
                int cut = decoded.lastIndexOf('\u0001');
                afterName = decoded.substring(0, cut);
                afterId = UUID.fromString(decoded.substring(cut + 1));
            } catch (RuntimeException e) {
                throw new BadRequestException("after", "is not a cursor returned by this API");
            }
        }
        String q = like(f.q());
        List<Row> rows = jdbc.sql("select " + ClientRepository.COLUMNS + ", " + ClientAccess.FULL_VIEW_SQL + """
                 as full_view from client c
                where (:finance or """ + ClientAccess.FULL_VIEW_SQL + """
                )
                """ + FILTERS + """
                  and (cast(:risk as text) is null or exists (select 1 from client_risk r where r.client_id = c.id and r.band = :risk))
                  and (cast(:afterName as text) is null or (c.name, c.id) > (:afterName, :afterId))
                order by c.name, c.id limit :limit
                """)
                .param("all", scope.all()).param("me", scope.me()).param("team", scope.team())
                .param("leaving", scope.leaving()).param("finance", scope.finance()).param("q", q)
                .param("status", f.status() == null ? null : f.status().name()).param("manager", f.managerUserId())
                .param("filterTeam", f.team()).param("risk", f.riskBand()).param("afterName", afterName).param("afterId", afterId)
                .param("limit", f.limit() + 1)
                .query((rs, n) -> new Row(ClientRepository.map(rs, n), rs.getBoolean("full_view"))).list();
        List<ClientSummary> items = new ArrayList<>();
        for (Row row : rows.subList(0, Math.min(rows.size(), f.limit()))) {
            Client c = row.client();
            items.add(row.full()
                    ? new ClientSummary(c.id(), c.name(), c.status(), c.segment(), c.team(), c.accountManagerUserId(),
                            new Money(c.yearlyRevenue(), c.currency()))
                    : new ClientSummary(c.id(), c.name(), null, null, null, null, null));
        }
        String next = null;
        if (rows.size() > f.limit()) {
            Client last = rows.get(f.limit() - 1).client();
            next = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((last.name() + '\u0001' + last.id()).getBytes(StandardCharsets.UTF_8));
        }
        return new Page<>(items, next);
    }

    private record Row(Client client, boolean full) {
    }
}
