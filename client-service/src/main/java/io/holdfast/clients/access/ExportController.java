package io.holdfast.clients.access;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.client.Client;
import io.holdfast.clients.client.ClientAccess;
import io.holdfast.clients.client.ClientQueries;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.contracts.crm.ExportBlocked;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.PageLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** CSV export under the export policy, and the access log for the owner. */
@RestController
@RequestMapping("/api/clients")
public class ExportController {

    private final ClientAccess access;
    private final ClientQueries queries;
    private final EmployeeDirectory directory;
    private final AccessLog log;
    private final Outbox outbox;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final int dailyLimit;

    ExportController(ClientAccess access, ClientQueries queries, EmployeeDirectory directory, AccessLog log, Outbox outbox,
            AuditLog audit, TransactionTemplate tx, @Value("${holdfast.clients.export.daily-row-limit:500}") int dailyLimit) {
        this.access = access;
        this.queries = queries;
        this.directory = directory;
        this.log = log;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.dailyLimit = dailyLimit;
    }

    @GetMapping("/export.csv")
    @PreAuthorize("hasAnyRole('owner','team-lead','account-manager')")
    public ResponseEntity<?> export(@RequestParam(required = false) String q,
            @RequestParam(required = false) Client.Status status, @RequestParam(required = false) String managerUserId,
            @RequestParam(required = false) String team) {
        Actor actor = Actor.current();
        ClientAccess.Scope scope = access.scope(actor);
        ClientQueries.Filter filter = new ClientQueries.Filter(q, status, managerUserId, team, null, dailyLimit);
        ExportPolicy.EmploymentStatus employment = ExportPolicy.EmploymentStatus.valueOf(
                directory.statusOf(actor.userId()).name());
        ResponseEntity<?> answer = tx.execute(s -> {
            int requested = queries.countForExport(scope, filter);
            ExportPolicy.Decision decision = ExportPolicy.decide(employment, log.exportedToday(actor.userId()),
                    requested, dailyLimit);
            if (!decision.allowed()) {
                // the refusal is committed and announced: notification-service tells the owner
                outbox.publish(new ExportBlocked(actor.userId(), log.nextUserEventVersion(actor.userId()), actor.username(),
                        ExportBlocked.Reason.valueOf(decision.refusal().name()), requested, Instant.now()));
                audit.record("clients.export-blocked", "user", actor.userId(),
                        Map.of("reason", decision.refusal().name(), "requestedRows", requested));
                return refused(decision, requested);
            }
            List<Client> rows = queries.forExport(scope, filter);
            log.recordExport(actor.userId(), rows.size());
            log.record(actor.userId(), actor.username(), AccessLog.Kind.EXPORT, null, rows.stream().map(Client::id).toList());
            audit.record("clients.exported", "user", actor.userId(), Map.of("rows", rows.size()));
            return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"clients.csv\"")
                    .body(csv(rows));
        });
        return answer;
    }

    @GetMapping("/access-log")
    @PreAuthorize("hasRole('owner')")
    public List<AccessLog.Entry> accessLog(@RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) String userId, @RequestParam(required = false) Long before,
            @RequestParam(required = false) Integer limit) {
        // without a filter: the latest reads and exports company-wide, newest first (page on with ?before=<id>)
        return log.find(clientId, userId == null || userId.isBlank() ? null : userId, before, PageLimit.of(limit));
    }

    private ResponseEntity<ProblemDetail> refused(ExportPolicy.Decision decision, int requested) {
        String detail = switch (decision.refusal()) {
            case IN_NOTICE -> "Export is not available while you are serving notice";
            case DEPARTED -> "Export is not available after departure";
            case DAILY_LIMIT -> "The export of " + requested + " rows exceeds your remaining daily limit of "
                    + decision.remainingToday() + " rows";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Export refused");
        problem.setType(URI.create("https://holdfast.example.com/problems/export-refused"));
        problem.setProperty("reason", decision.refusal().name());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String csv(List<Client> rows) {
        StringBuilder out = new StringBuilder("id,name,taxId,segment,status,team,accountManagerUserId,yearlyRevenue,currency\n");
        for (Client c : rows) {
            out.append(c.id()).append(',').append(cell(c.name())).append(',').append(cell(c.taxId())).append(',')
                    .append(cell(c.segment())).append(',').append(c.status()).append(',').append(cell(c.team())).append(',')
                    .append(c.accountManagerUserId()).append(',').append(c.yearlyRevenue().toPlainString()).append(',')
                    .append(c.currency()).append('\n');
        }
        return out.toString();
    }

    /** Quotes when needed, and defuses spreadsheet formulas (a name starting with = + - @). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
