package io.holdfast.clients.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.employee.Employee;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manual reassignment and churn: the same events as the departure flow, started by a manager. */
@Service
public class ClientLifecycle {

    private final ClientRepository clients;
    private final ClientAccess access;
    private final EmployeeDirectory directory;
    private final Outbox outbox;
    private final AuditLog audit;
    private final int maxBackdateDays;

    ClientLifecycle(ClientRepository clients, ClientAccess access, EmployeeDirectory directory, Outbox outbox,
            AuditLog audit, @org.springframework.beans.factory.annotation.Value("${holdfast.clients.churn.max-backdate-days:30}")
            int maxBackdateDays) {
        this.maxBackdateDays = maxBackdateDays;
        this.clients = clients;
        this.access = access;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Reassigns all the clients or none; each must be one the caller may change. */
    @Transactional
    public List<UUID> reassign(Actor actor, List<UUID> clientIds, String toUserId, String note) {
        directory.whyCannotHoldClients(toUserId).ifPresent(why -> {
            throw new BadRequestException("toUserId", why);
        });
        ClientAccess.Scope scope = access.scope(actor);
        List<UUID> changed = new ArrayList<>();
        for (UUID id : clientIds) {
            Client client = clients.lock(id).filter(c -> access.canWrite(scope, c))
                    .orElseThrow(() -> new NotFoundException("client", id));
            if (client.status() == Client.Status.CHURNED) {
                throw new ConflictException("client-churned", "Client " + id + " has churned and cannot be reassigned");
            }
            if (client.accountManagerUserId().equals(toUserId)) {
                continue; // already theirs: nothing to announce
            }
            clients.setAccountManager(id, toUserId, null);
            outbox.publish(new ClientReassigned(id.toString(), clients.nextVersion(id), client.name(),
                    client.accountManagerUserId(), toUserId, client.executiveSponsorUserId(),
                    ClientReassigned.Reason.MANUAL, null, null, Instant.now()));
            Map<String, Object> details = new HashMap<>();
            details.put("from", client.accountManagerUserId());
            details.put("to", toUserId);
            details.put("reason", "MANUAL");
            if (note != null) {
                details.put("note", note);
            }
            audit.record("client.reassigned", "client", id, details);
            changed.add(id);
        }
        return changed;
    }

    @Transactional
    public Client churn(Actor actor, UUID id, String reason, String competitor, String wentTo, LocalDate churnedOn) {
        ClientAccess.Scope scope = access.scope(actor);
        Client client = clients.lock(id).filter(c -> access.canWrite(scope, c))
                .orElseThrow(() -> new NotFoundException("client", id));
        if (client.status() == Client.Status.CHURNED) {
            throw new ConflictException("already-churned", "Client " + id + " is already marked as lost");
        }
        LocalDate on = churnedOn == null ? LocalDate.now() : churnedOn;
        if (on.isBefore(LocalDate.now().minusDays(maxBackdateDays))) {
            // A churn dated long back would fall before a departure and outside its non-solicitation watch.
            throw new BadRequestException("churnedOn", "is more than " + maxBackdateDays
                    + " days back; a lost client is recorded when it is lost");
        }
        Employee.Status managerStatus = directory.statusOf(client.accountManagerUserId());
        clients.churned(id, on);
        outbox.publish(new ClientChurned(id.toString(), clients.nextVersion(id), client.name(),
                client.accountManagerUserId(), reason, competitor, wentTo, on, Instant.now()));
        Map<String, Object> details = new HashMap<>();
        details.put("reason", reason);
        details.put("churnedOn", on.toString());
        if (competitor != null) {
            details.put("competitor", competitor);
        }
        if (wentTo != null) {
            details.put("wentTo", wentTo);
        }
        if (managerStatus != Employee.Status.ACTIVE) {
            // Lost while its manager is leaving or gone: legal reviews it (hr's watch counts it on the day recorded).
            details.put("review", "manager " + managerStatus);
            details.put("accountManagerUserId", client.accountManagerUserId());
            audit.record("client.churn-review", "client", id, details);
        }
        audit.record("client.churned", "client", id, details);
        return clients.find(id).orElseThrow();
    }
}
