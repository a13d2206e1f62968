package io.holdfast.hr.watch;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.hr.NonSolicitationBreachSuspected;
import io.holdfast.contracts.hr.NonSolicitationClause;
import io.holdfast.hr.contract.EmploymentContract;
import io.holdfast.hr.employee.Employee;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Non-solicitation: who handled which client, the watches opened at departure, and the claims a churn raises. */
@Service
public class WatchService {

    /** legal moves a claim on and/or adds a note. */
    public record ClaimChange(Claim.Status status, @Size(max = 4000) String note) {
    }

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final NonSolicitationPolicy policy = new NonSolicitationPolicy();

    WatchService(JdbcClient jdbc, Outbox outbox, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    // --- the projection of crm.clients.v1: who handled which client, since when ---

    void clientRegistered(UUID clientId, String clientName, UUID accountManager, LocalDate on) {
        if (accountManager == null) {
            return;
        }
        jdbc.sql("""
                insert into client_handling (client_id, client_name, user_id, handled_from)
                values (:clientId, :name, :userId, :from) on conflict do nothing
                """).param("clientId", clientId).param("name", clientName).param("userId", accountManager)
                .param("from", on).update();
        watchHandledClients(null, clientId);
    }

    void clientReassigned(UUID clientId, String clientName, UUID to, LocalDate on) {
        jdbc.sql("update client_handling set handled_to = :on where client_id = :clientId and handled_to is null")
                .param("clientId", clientId).param("on", on).update();
        if (to != null) {
            jdbc.sql("""
                    insert into client_handling (client_id, client_name, user_id, handled_from)
                    values (:clientId, :name, :userId, :from)
                    """).param("clientId", clientId).param("name", clientName).param("userId", to)
                    .param("from", on).update();
        }
        // a departed person's handling learned late is watched now (and one that just ended gets its end date
        // only where no watch exists yet: an open watch keeps what it recorded at the completion)
        watchHandledClients(null, clientId);
    }

    // --- watches ---

    /**
     * Opens a watch for every client the employee ever handled, until the window ends; called in the departure's
     * completion transaction. A zero-month clause watches nothing.
     */
    @Transactional
    public int open(UUID departureId, Employee employee, EmploymentContract contract, LocalDate lastDay,
            LocalDate windowEndsOn) {
        NonSolicitationClause clause = contract.nonSolicitation();
        if (clause.months() == 0) {
            return 0;
        }
        jdbc.sql("""
                insert into non_solicitation_window (departure_id, employee_id, user_id, full_name, last_day, ends_on,
                    contract_number, amendment, clause_months, clause_kind, clause_amount, currency)
                values (:departureId, :employeeId, :userId, :fullName, :lastDay, :endsOn, :number, :amendment, :months,
                    :kind, :amount, :currency)
                on conflict (departure_id) do nothing
                """)
                .param("departureId", departureId).param("employeeId", employee.id())
                .param("userId", employee.userId()).param("fullName", employee.fullName())
                .param("lastDay", lastDay).param("endsOn", windowEndsOn).param("number", contract.contractNumber())
                .param("amendment", contract.amendment()).param("months", clause.months())
                .param("kind", clause.kind().name()).param("amount", clause.amount())
                .param("currency", contract.currency())
                .update();
        return watchHandledClients(departureId, null);
    }

    /**
     * Watches what the windows cover: each client the person handled on or before their last day, for the
     * departure given (all its clients) or for the client given (a handling learned after the completion).
     */
    private int watchHandledClients(UUID departureId, UUID clientId) {
        return jdbc.sql("""
                insert into non_solicitation_watch (id, departure_id, employee_id, user_id, full_name, client_id,
                    client_name, handled_from, handled_to, departed_on, ends_on, contract_number, amendment,
                    clause_months, clause_kind, clause_amount, currency)
                select gen_random_uuid(), w.departure_id, w.employee_id, w.user_id, w.full_name, h.client_id,
                    (array_agg(h.client_name order by h.handled_from desc))[1], min(h.handled_from),
                    least(max(coalesce(h.handled_to, w.last_day)), w.last_day), w.last_day, w.ends_on,
                    w.contract_number, w.amendment, w.clause_months, w.clause_kind, w.clause_amount, w.currency
                from non_solicitation_window w
                join client_handling h on h.user_id = w.user_id and h.handled_from <= w.last_day
                where (cast(:departureId as uuid) is null or w.departure_id = :departureId)
                  and (cast(:clientId as uuid) is null or h.client_id = :clientId)
                group by w.departure_id, w.employee_id, w.user_id, w.full_name, w.last_day, w.ends_on,
                    w.contract_number, w.amendment, w.clause_months, w.clause_kind, w.clause_amount, w.currency,
                    h.client_id
                on conflict (departure_id, client_id) do nothing
                """)
                .param("departureId", departureId).param("clientId", clientId)
                .update();
    }

    /**
     * A client churned: every watch of it whose window contains the churn date raises one suspected breach. The
     * claim is unique per watch, so a redelivered or re-published churn never raises a second one.
     */
    @Transactional
    public List<UUID> clientChurned(ClientChurned churn) {
        UUID clientId = UUID.fromString(churn.clientId());
        LocalDate recordedOn = LocalDate.ofInstant(churn.occurredAt(), ZoneOffset.UTC);
        LocalDate statedOn = churn.churnedOn() != null ? churn.churnedOn() : recordedOn;
        List<UUID> raised = new ArrayList<>();
        List<Watch> watches = jdbc.sql("select * from non_solicitation_watch where client_id = :clientId for update")
                .param("clientId", clientId).query(WatchService::mapWatch).list();
        for (Watch watch : watches) {
            java.util.Optional<LocalDate> counted = policy.countedOn(statedOn, recordedOn, watch.departedOn(), watch.endsOn());
            if (counted.isEmpty()) {
                continue;
            }
            LocalDate churnedOn = counted.get();
            boolean claimed = jdbc.sql("select count(*) from non_solicitation_claim where watch_id = :id")
                    .param("id", watch.id()).query(Long.class).single() > 0;
            if (claimed) {
                continue;
            }
            boolean fixedAlreadyClaimed = watch.clauseKind() == NonSolicitationClause.Kind.FIXED
                    && jdbc.sql("select count(*) from non_solicitation_claim where departure_id = :d and amount > 0")
                            .param("d", watch.departureId()).query(Long.class).single() > 0;
            String currency = watch.clauseAmount().currency();
            NonSolicitationPolicy.Claim claim = policy.claim(watch.clauseKind(), watch.clauseAmount().amount(),
                    currency, fixedAlreadyClaimed);
            List<String> evidence = evidence(watch, churn, churnedOn, claim);
            if (!churnedOn.equals(statedOn)) {
                evidence.add(evidence.size() - claim.explanation().size(), "The churn was recorded on " + recordedOn
                        + ", inside the window, with the date " + statedOn + "; it counts on the day it was recorded.");
            }
            UUID breachId = UUID.randomUUID();
            jdbc.sql("""
                    insert into non_solicitation_claim (id, watch_id, departure_id, employee_id, client_id,
                        churned_on, amount, currency, evidence, status)
                    values (:id, :watchId, :departureId, :employeeId, :clientId, :churnedOn, :amount, :currency,
                        :evidence, 'DRAFT')
                    """)
                    .param("id", breachId).param("watchId", watch.id()).param("departureId", watch.departureId())
                    .param("employeeId", watch.employeeId()).param("clientId", clientId)
                    .param("churnedOn", churnedOn).param("amount", claim.amount()).param("currency", currency)
                    .param("evidence", String.join("\n", evidence)).update();
            outbox.publish(new NonSolicitationBreachSuspected(breachId.toString(), 1, watch.employeeId().toString(),
                    watch.userId().toString(), watch.fullName(), clientId.toString(), watch.clientName(),
                    watch.id().toString(), watch.contractNumber(), watch.amendment(), watch.clauseMonths(),
                    watch.clauseKind(), watch.clauseAmount().amount(), watch.departedOn(), watch.endsOn(), churnedOn,
                    watch.handledFrom(), watch.handledTo(), Money.of(claim.amount(), currency), evidence,
                    Instant.now(clock)));
            audit.record("system", "breach.suspected", "claim", breachId, Map.of("watchId", watch.id().toString(),
                    "clientId", clientId.toString(), "amount", claim.amount().toPlainString() + " " + currency));
            raised.add(breachId);
        }
        return raised;
    }

    private static List<String> evidence(Watch watch, ClientChurned churn, LocalDate churnedOn,
            NonSolicitationPolicy.Claim claim) {
        List<String> lines = new ArrayList<>();
        lines.add("Contract " + watch.contractNumber() + ", amendment " + watch.amendment()
                + ": non-solicitation for " + watch.clauseMonths() + " month(s) after the last working day, "
                + watch.clauseKind() + " " + watch.clauseAmount() + ".");
        lines.add(watch.fullName() + " handled " + watch.clientName() + " from " + watch.handledFrom() + " to "
                + watch.handledTo() + " (" + (ChronoUnit.DAYS.between(watch.handledFrom(), watch.handledTo()) + 1)
                + " days).");
        lines.add("Last working day " + watch.departedOn() + "; the window ends on " + watch.endsOn() + ".");
        StringBuilder churnLine = new StringBuilder(watch.clientName() + " left on " + churnedOn + ", "
                + ChronoUnit.DAYS.between(watch.departedOn(), churnedOn) + " day(s) after the departure");
        if (churn.reason() != null && !churn.reason().isBlank()) {
            churnLine.append("; reason given: ").append(churn.reason());
        }
        if (churn.competitor() != null && !churn.competitor().isBlank()) {
            churnLine.append("; moved to: ").append(churn.competitor());
        }
        if (churn.wentTo() != null && !churn.wentTo().isBlank()) {
            churnLine.append("; followed: ").append(churn.wentTo());
        }
        lines.add(churnLine + ".");
        lines.addAll(claim.explanation());
        return lines;
    }

    // --- reads and legal's changes ---

    public List<Watch> watches(boolean activeOnly, int limit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select * from non_solicitation_watch
                where (not :activeOnly or ends_on >= :today) order by ends_on, client_name, id limit :limit
                """).param("activeOnly", activeOnly).param("today", today).param("limit", limit)
                .query(WatchService::mapWatch).list();
    }

    public List<Watch> watchesOfDeparture(UUID departureId) {
        return jdbc.sql("select * from non_solicitation_watch where departure_id = :id order by client_name")
                .param("id", departureId).query(WatchService::mapWatch).list();
    }

    public List<Claim> claims(Claim.Status status, boolean openOnly, int limit) {
        return jdbc.sql(CLAIM_SELECT + """
                 where (cast(:status as text) is null or c.status = :status)
                   and (not :openOnly or c.status in ('DRAFT', 'SENT'))
                 order by c.raised_at desc, c.id limit :limit
                """).param("status", status == null ? null : status.name()).param("openOnly", openOnly)
                .param("limit", limit).query(WatchService::mapClaim).list();
    }

    public Optional<Claim> claim(UUID id) {
        return jdbc.sql(CLAIM_SELECT + " where c.id = :id").param("id", id).query(WatchService::mapClaim).optional();
    }

    @Transactional
    public Claim change(UUID id, ClaimChange change) {
        Claim claim = jdbc.sql(CLAIM_SELECT + " where c.id = :id for update of c").param("id", id)
                .query(WatchService::mapClaim).optional().orElseThrow(() -> new NotFoundException("claim", id));
        boolean hasNote = change.note() != null && !change.note().isBlank();
        if (change.status() == null && !hasNote) {
            throw new io.holdfast.kit.web.BadRequestException("status", "give a new status, a note, or both");
        }
        Claim.Status next = change.status() == null ? claim.status() : change.status();
        if (next != claim.status() && !claim.status().canBecome(next)) {
            throw new ConflictException("claim-transition", "A " + claim.status() + " claim cannot become " + next);
        }
        Actor actor = Actor.current();
        String notes = claim.notes();
        if (hasNote) {
            notes = (notes.isEmpty() ? "" : notes + "\n") + LocalDate.now(clock) + " " + actor.username() + ": "
                    + change.note().strip();
        }
        jdbc.sql("update non_solicitation_claim set status = :status, notes = :notes, updated_at = now() where id = :id")
                .param("id", id).param("status", next.name()).param("notes", notes).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", claim.status().name());
        details.put("to", next.name());
        if (hasNote) {
            details.put("note", change.note().strip());
        }
        audit.record("claim.changed", "claim", id, details);
        return claim(id).orElseThrow();
    }

    private static final String CLAIM_SELECT = """
            select c.*, w.client_name, w.full_name from non_solicitation_claim c
            join non_solicitation_watch w on w.id = c.watch_id""";

    private static Watch mapWatch(ResultSet rs, int row) throws SQLException {
        return new Watch(rs.getObject("id", UUID.class), rs.getObject("departure_id", UUID.class),
                rs.getObject("employee_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("full_name"), rs.getObject("client_id", UUID.class), rs.getString("client_name"),
                rs.getObject("handled_from", LocalDate.class), rs.getObject("handled_to", LocalDate.class),
                rs.getObject("departed_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("contract_number"), rs.getInt("amendment"), rs.getInt("clause_months"),
                NonSolicitationClause.Kind.valueOf(rs.getString("clause_kind")),
                Money.of(rs.getBigDecimal("clause_amount"), rs.getString("currency")));
    }

    private static Claim mapClaim(ResultSet rs, int row) throws SQLException {
        return new Claim(rs.getObject("id", UUID.class), rs.getObject("watch_id", UUID.class),
                rs.getObject("departure_id", UUID.class), rs.getObject("employee_id", UUID.class),
                rs.getObject("client_id", UUID.class), rs.getString("client_name"), rs.getString("full_name"),
                rs.getObject("churned_on", LocalDate.class),
                Money.of(rs.getBigDecimal("amount"), rs.getString("currency")),
                Arrays.asList(rs.getString("evidence").split("\n")), Claim.Status.valueOf(rs.getString("status")),
                rs.getString("notes"), rs.getTimestamp("raised_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
