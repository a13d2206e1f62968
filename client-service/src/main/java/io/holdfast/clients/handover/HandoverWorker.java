package io.holdfast.clients.handover;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.holdfast.clients.client.Client;
import io.holdfast.clients.client.ClientRepository;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.HandoverPlanned;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through handover jobs one chunk per transaction. The job row keeps the state and a cursor, so a crash
 * loses at most the chunk in flight, which is redone; each client is idempotent (one plan per departure and client,
 * a plan is reassigned once).
 */
@Component
class HandoverWorker {

    private static final Logger log = LoggerFactory.getLogger(HandoverWorker.class);
    private static final String SYSTEM = "system";

    private final HandoverStore store;
    private final ClientRepository clients;
    private final EmployeeDirectory directory;
    private final Outbox outbox;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final int chunkSize;
    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean running = new AtomicBoolean();

    HandoverWorker(HandoverStore store, ClientRepository clients, EmployeeDirectory directory, Outbox outbox,
            AuditLog audit, TransactionTemplate tx, @Value("${holdfast.handover.chunk-size:200}") int chunkSize) {
        this.store = store;
        this.clients = clients;
        this.directory = directory;
        this.outbox = outbox;
        this.audit = audit;
        this.tx = tx;
        this.chunkSize = chunkSize;
    }

    /** Called after a departure event is recorded, so the work starts without waiting for the next poll. */
    void wakeUp() {
        Thread.ofVirtual().name("handover-wakeup").start(this::drain);
    }

    @Scheduled(fixedDelayString = "${holdfast.handover.poll-interval:2s}")
    void poll() {
        tx.executeWithoutResult(s -> store.dueEarlyReassignments(LocalDate.now(clock))
                .forEach(d -> store.createJob(d, HandoverStore.JobKind.REASSIGN, store.countOpenPlans(d))));
        drain();
    }

    private void drain() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (Boolean.TRUE.equals(tx.execute(s -> runOneChunk()))) {
                // next chunk, next transaction
            }
        } catch (RuntimeException e) {
            log.error("Handover chunk failed; it will be retried on the next poll", e);
        } finally {
            running.set(false);
        }
    }

    /** @return true if a chunk was processed (there may be more work) */
    boolean runOneChunk() {
        HandoverStore.Job job = store.lockNextJob().orElse(null);
        if (job == null) {
            return false;
        }
        HandoverStore.Departure departure = store.departure(job.departureId()).orElseThrow();
        switch (job.kind()) {
            case PLAN -> plan(job, departure);
            case REASSIGN -> reassign(job, departure);
            case CANCEL -> cancel(job, departure);
        }
        return true;
    }

    private void plan(HandoverStore.Job job, HandoverStore.Departure departure) {
        List<Client> chunk = clients.managedBy(departure.userId(), job.cursor(), chunkSize);
        List<String> team = departure.team() == null ? List.of()
                : directory.activeAccountManagers(departure.team()).stream().filter(u -> !u.equals(departure.userId())).toList();
        Map<String, BigDecimal> loads = store.loads(team);
        LocalDate today = LocalDate.now(clock);
        for (Client client : chunk) {
            SuccessorRule.Proposal proposal = SuccessorRule.propose(departure.userId(), client.executiveSponsorUserId(),
                    team.stream().map(u -> new SuccessorRule.Candidate(u, loads.get(u), false)).toList());
            List<HandoverPlanned.Task> tasks = HandoverTaskPolicy.tasks(today, departure.lastWorkingDay(),
                    client.executiveSponsorUserId(), proposal.successorUserId());
            UUID planId = UUID.randomUUID();
            boolean created = store.insertPlan(new HandoverStore.Plan(planId, departure.departureId(), client.id(),
                    departure.userId(), proposal.successorUserId(), proposal.basis().name(), "PROPOSED",
                    client.status().name(), EventJson.mapper().writeValueAsString(tasks), null));
            if (!created) {
                continue;
            }
            loads.computeIfPresent(proposal.successorUserId(), (u, load) -> load.add(client.yearlyRevenue()));
            clients.setStatus(client.id(), Client.Status.AT_RISK);
            outbox.publish(new HandoverPlanned(client.id().toString(), clients.nextVersion(client.id()), planId.toString(),
                    departure.departureId(), departure.userId(), proposal.successorUserId(),
                    client.executiveSponsorUserId(), client.name(), tasks, Instant.now()));
            audit.record(SYSTEM, "handover.planned", "client", client.id(), Map.of("planId", planId,
                    "departureId", departure.departureId(), "successorUserId", proposal.successorUserId(),
                    "basis", proposal.basis().name()));
        }
        boolean finished = chunk.size() < chunkSize;
        store.advanceJob(job.id(), chunk.size(), chunk.isEmpty() ? null : chunk.getLast().id(), finished);
        if (finished && "PLANNING".equals(departure.state())) {
            store.departureState(departure.departureId(), "PLANNED");
        }
    }

    private void reassign(HandoverStore.Job job, HandoverStore.Departure departure) {
        if (job.done() == 0 && job.total() == 0) {
            store.setTotal(job.id(), store.countOpenPlans(departure.departureId()));
        }
        List<HandoverStore.Plan> plans = store.openPlans(departure.departureId(), chunkSize);
        for (HandoverStore.Plan plan : plans) {
            Client client = clients.lock(plan.clientId()).orElseThrow();
            if (!client.accountManagerUserId().equals(plan.departingUserId()) || client.status() == Client.Status.CHURNED) {
                // reassigned by hand or lost in the meantime: the plan no longer applies
                store.planStatus(plan.id(), "SUPERSEDED");
                continue;
            }
            clients.setAccountManager(client.id(), plan.successorUserId(), null);
            if (client.status() == Client.Status.AT_RISK) {
                clients.setStatus(client.id(), Client.Status.valueOf(plan.clientStatusBefore()));
            }
            store.planStatus(plan.id(), "REASSIGNED");
            outbox.publish(new ClientReassigned(client.id().toString(), clients.nextVersion(client.id()), client.name(),
                    plan.departingUserId(), plan.successorUserId(), client.executiveSponsorUserId(),
                    ClientReassigned.Reason.DEPARTURE, plan.id().toString(), departure.departureId(), Instant.now()));
            audit.record(SYSTEM, "client.reassigned", "client", client.id(), Map.of("from", plan.departingUserId(),
                    "to", plan.successorUserId(), "reason", "DEPARTURE", "planId", plan.id()));
        }
        boolean finished = plans.size() < chunkSize;
        store.advanceJob(job.id(), plans.size(), null, finished);
        if (finished) {
            store.departureState(departure.departureId(), "DONE");
        }
    }

    private void cancel(HandoverStore.Job job, HandoverStore.Departure departure) {
        if (job.done() == 0 && job.total() == 0) {
            store.setTotal(job.id(), store.countOpenPlans(departure.departureId()));
        }
        List<HandoverStore.Plan> plans = store.openPlans(departure.departureId(), chunkSize);
        for (HandoverStore.Plan plan : plans) {
            Client client = clients.lock(plan.clientId()).orElseThrow();
            if (client.status() == Client.Status.AT_RISK) {
                clients.setStatus(client.id(), Client.Status.valueOf(plan.clientStatusBefore()));
            }
            store.planStatus(plan.id(), "CANCELLED");
            audit.record(SYSTEM, "handover.cancelled", "client", client.id(), Map.of("planId", plan.id(),
                    "departureId", departure.departureId()));
        }
        boolean finished = plans.size() < chunkSize;
        store.advanceJob(job.id(), plans.size(), null, finished);
        if (finished && !"DONE".equals(departure.state())) {
            store.departureState(departure.departureId(), "CANCELLED");
        }
    }
}
