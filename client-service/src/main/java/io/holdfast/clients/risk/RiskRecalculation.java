package io.holdfast.clients.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.holdfast.clients.access.AccessLog;
import io.holdfast.clients.client.Client;
import io.holdfast.clients.client.ClientRepository;
import io.holdfast.clients.client.ContactEmailRule;
import io.holdfast.clients.employee.Employee;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.clients.touchpoint.TouchpointCadence;
import io.holdfast.clients.touchpoint.Touchpoints;
import io.holdfast.contracts.crm.ClientRiskChanged;
import io.holdfast.contracts.crm.ClientRiskChanged.Band;
import io.holdfast.kit.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the risk of clients marked dirty, 200 per transaction, and announces a change of band. Listeners mark
 * clients on every relevant event; the nightly run marks them all, so the time-based factors (overdue touches) move
 * without an event.
 */
@Component
public class RiskRecalculation {

    private static final Logger log = LoggerFactory.getLogger(RiskRecalculation.class);
    private static final Duration LATELY = Duration.ofDays(180);
    private static final Duration UNUSUAL_ACCESS_MEMORY = Duration.ofDays(30);
    private static final int CHUNK = 200;

    private final JdbcClient jdbc;
    private final ClientRepository clients;
    private final EmployeeDirectory directory;
    private final Touchpoints touchpoints;
    private final AccessLog accessLog;
    private final Outbox outbox;
    private final TransactionTemplate tx;
    private final TouchpointCadence.Settings cadence;

    RiskRecalculation(JdbcClient jdbc, ClientRepository clients, EmployeeDirectory directory, Touchpoints touchpoints,
            AccessLog accessLog, Outbox outbox, TransactionTemplate tx, TouchpointCadence.Settings cadence) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.directory = directory;
        this.touchpoints = touchpoints;
        this.accessLog = accessLog;
        this.outbox = outbox;
        this.tx = tx;
        this.cadence = cadence;
    }

    public record Assessment(UUID clientId, String name, String accountManagerUserId, int score, Band band,
            List<String> reasons, List<RiskScore.Factor> factors, Instant computedAt) {
    }

    void markClient(UUID clientId) {
        jdbc.sql("insert into risk_dirty (client_id) values (:c) on conflict do nothing").param("c", clientId).update();
    }

    void markManagedBy(String userId) {
        jdbc.sql("insert into risk_dirty (client_id) select id from client where account_manager_user_id = :u"
                + " and status <> 'CHURNED' on conflict do nothing").param("u", userId).update();
    }

    @Scheduled(cron = "${holdfast.clients.risk.nightly-cron:0 30 2 * * *}", zone = "UTC")
    void nightly() {
        tx.executeWithoutResult(s -> jdbc.sql("insert into risk_dirty (client_id) select id from client"
                + " where status <> 'CHURNED' on conflict do nothing").update());
        drain();
    }

    @Scheduled(fixedDelayString = "${holdfast.clients.risk.poll-interval:1s}")
    void drain() {
        try {
            while (Boolean.TRUE.equals(tx.execute(s -> recomputeChunk()))) {
                // next chunk, next transaction
            }
        } catch (RuntimeException e) {
            log.error("Risk recalculation failed; retried on the next poll", e);
        }
    }

    private boolean recomputeChunk() {
        List<UUID> ids = jdbc.sql("""
                delete from risk_dirty where client_id in
                  (select client_id from risk_dirty order by marked_at limit :n for update skip locked)
                returning client_id
                """).param("n", CHUNK).query(UUID.class).list();
        // client rows are locked in the database's id order (as the handover worker does), so the two never
        // deadlock; the lower-case text of a UUID sorts like PostgreSQL's uuid, UUID.compareTo does not
        ids.stream().sorted(java.util.Comparator.comparing(UUID::toString)).forEach(id -> clients.find(id).filter(c -> c.status() != Client.Status.CHURNED).ifPresent(this::recompute));
        return !ids.isEmpty();
    }

    void recompute(Client client) {
        Instant now = Instant.now();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Optional<Employee> manager = directory.find(client.accountManagerUserId());
        Touchpoints.Coverage coverage = touchpoints.coverage(client.id(), now.minus(LATELY));
        TouchpointCadence.Assessment touches = TouchpointCadence.assess(client.clientSince(),
                coverage.lastExecutiveTouch(), coverage.lastCompanyTouch(), today, cadence);
        String domain = manager.map(Employee::workDomain).orElse(null);
        var contacts = clients.contacts(client.id());
        int throughManager = (int) contacts.stream().filter(c -> ContactEmailRule.flag(c.email(), domain).isPresent()).count();
        boolean unusual = accessLog.lastSuspicion(client.accountManagerUserId())
                .filter(at -> at.isAfter(now.minus(UNUSUAL_ACCESS_MEMORY))).isPresent();
        RiskScore.Result result = RiskScore.of(new RiskScore.Inputs(manager.map(Employee::leaving).orElse(false),
                coverage.distinctPeopleLately(), touches.executive().state() == TouchpointCadence.State.OVERDUE,
                touches.company().state() == TouchpointCadence.State.OVERDUE, contacts.size(), throughManager, unusual));

        Band previous = jdbc.sql("select band from client_risk where client_id = :c").param("c", client.id())
                .query(String.class).optional().map(Band::valueOf).orElse(null);
        jdbc.sql("""
                insert into client_risk (client_id, score, band, reasons, computed_at) values (:c, :s, :b, :r, now())
                on conflict (client_id) do update set score = excluded.score, band = excluded.band,
                  reasons = excluded.reasons, computed_at = excluded.computed_at
                """).param("c", client.id()).param("s", result.score()).param("b", result.band().name())
                .param("r", String.join("\n", result.reasons())).update();
        if (previous != result.band()) {
            outbox.publish(new ClientRiskChanged(client.id().toString(), clients.nextVersion(client.id()), client.name(),
                    client.accountManagerUserId(), result.score(), previous, result.band(), result.reasons(), now));
        }
    }

    public Optional<Assessment> of(UUID clientId) {
        return jdbc.sql("select r.*, c.name, c.account_manager_user_id from client_risk r join client c on c.id = r.client_id"
                + " where r.client_id = :c").param("c", clientId).query(RiskRecalculation::assessment).optional();
    }

    /** The reasons of a stored assessment ({@code client_risk.reasons}: one per line); none for null. */
    public static List<String> reasons(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
    }

    static Assessment assessment(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        List<String> reasons = reasons(rs.getString("reasons"));
        return new Assessment(rs.getObject("client_id", UUID.class), rs.getString("name"),
                rs.getString("account_manager_user_id"), rs.getInt("score"), Band.valueOf(rs.getString("band")),
                reasons, reasons.stream().flatMap(r -> RiskScore.Factor.ofReason(r).stream()).toList(),
                rs.getTimestamp("computed_at").toInstant());
    }
}
