package io.holdfast.clients.handover;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.holdfast.clients.client.Client;
import io.holdfast.clients.client.ClientAccess;
import io.holdfast.clients.client.ClientRepository;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.contracts.crm.HandoverPlanned;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;
import io.holdfast.kit.web.RefusedException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handover plans of a departure: owner and the team lead of the departing person's team read and change them;
 * hr and legal read them. Any other caller gets 404 for the departure.
 */
@RestController
@RequestMapping("/api/clients/handovers")
public class HandoverController {

    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final HandoverStore store;
    private final ClientRepository clients;
    private final EmployeeDirectory directory;
    private final AuditLog audit;
    private final HandoverWorker worker;
    private final ClientAccess access;
    /** Keeps the audit of a refusal through the refusal's rollback. */
    private final TransactionTemplate ownTransaction;

    HandoverController(ClientAccess access, HandoverStore store, ClientRepository clients,
            EmployeeDirectory directory, AuditLog audit,
            HandoverWorker worker, PlatformTransactionManager transactions) {
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.store = store;
        this.clients = clients;
        this.directory = directory;
        this.audit = audit;
        this.worker = worker;
        this.access = access;
    }

    /** The people's names (full name, else username; null if unknown) so that a reader need not look up ids. */
    public record PlanView(UUID planId, String departureId, UUID clientId, String clientName, String departingUserId, String departingName,
            String successorUserId, String successorName, String basis, String status, List<HandoverPlanned.Task> tasks) {
    }

    public record PlanPage(List<PlanView> items, String next) {
    }

    public record JobView(String kind, String state, int done, int total) {
    }

    public record Progress(String departureId, String state, List<JobView> jobs) {
    }

    public record SuccessorChange(
            @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a user id (UUID)") String successorUserId) {
    }

    public record BulkSuccessorChange(
            @NotBlank @Pattern(regexp = UUID_PATTERN, message = "must be a user id (UUID)") String successorUserId,
            @NotEmpty @Size(max = 1000) List<UUID> planIds) {
    }

    public record Approval(LocalDate reassignOn) {
    }

    /**
     * The plans of a departure ({@code departureId}: owner, its team's lead, hr, legal), or of one client
     * ({@code clientId}: whoever sees that client in full, its account manager included).
     */
    @GetMapping
    @PreAuthorize("hasAnyRole('owner','team-lead','account-manager','hr','legal')")
    public PlanPage plans(@RequestParam(required = false) String departureId, @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) UUID after, @RequestParam(required = false) Integer limit) {
        int n = PageLimit.of(limit);
        if (clientId != null) {
            access.visible(Actor.current(), clientId);
            Function<String, String> name = names();
            return new PlanPage(store.plansOfClient(clientId, n).stream().map(p -> view(p, name)).toList(), null);
        }
        if (departureId == null || departureId.isBlank()) {
            throw new BadRequestException("departureId", "is required (or clientId for one client's plans)");
        }
        readable(departureId);
        List<HandoverStore.Plan> plans = store.plans(departureId, after, n + 1);
        Function<String, String> name = names();
        List<PlanView> items = plans.stream().limit(n).map(p -> view(p, name)).toList();
        return new PlanPage(items, plans.size() > n ? items.getLast().clientId().toString() : null);
    }

    @GetMapping("/{departureId}/progress")
    @PreAuthorize("hasAnyRole('owner','team-lead','hr','legal')")
    public Progress progress(@PathVariable String departureId) {
        HandoverStore.Departure d = readable(departureId);
        return new Progress(departureId, d.state(), store.jobs(departureId).stream()
                .map(j -> new JobView(j.kind().name(), j.state(), j.done(), j.total())).toList());
    }

    /** Someone who may take over the departing person's clients, for a successor picker. */
    public record Candidate(String userId, String name, String team, boolean sameTeam) {
    }

    /** Who can be named successor on this departure's plans: active managers, leads and owners, the team first. */
    @GetMapping("/{departureId}/candidates")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    public List<Candidate> candidates(@PathVariable String departureId) {
        HandoverStore.Departure d = writable(departureId);
        return directory.activeClientHolders(d.team()).stream()
                .filter(e -> !e.userId().equals(d.userId()))
                .map(e -> new Candidate(e.userId(), e.displayName(), e.team(), d.team() != null && d.team().equals(e.team())))
                .toList();
    }

    @PutMapping("/plans/{planId}/successor")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    @Transactional
    public PlanView changeSuccessor(@PathVariable UUID planId, @Valid @RequestBody SuccessorChange body) {
        HandoverStore.Plan plan = store.plan(planId).orElseThrow(() -> new NotFoundException("handover plan", planId));
        HandoverStore.Departure d = writable(plan.departureId());
        setSuccessor(d, plan, body.successorUserId());
        return view(store.plan(planId).orElseThrow(), names());
    }

    @PostMapping("/{departureId}/successors")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    @Transactional
    public Map<String, Integer> changeSuccessors(@PathVariable String departureId,
            @Valid @RequestBody BulkSuccessorChange body) {
        HandoverStore.Departure d = writable(departureId);
        int changed = 0;
        for (UUID planId : body.planIds()) {
            HandoverStore.Plan plan = store.plan(planId).filter(p -> p.departureId().equals(departureId))
                    .orElseThrow(() -> new BadRequestException("planIds", "plan " + planId + " is not part of this departure"));
            setSuccessor(d, plan, body.successorUserId());
            changed++;
        }
        return Map.of("changed", changed);
    }

    @PostMapping("/{departureId}/approve")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    @Transactional
    public Progress approve(@PathVariable String departureId, @Valid @RequestBody Approval body) {
        HandoverStore.Departure d = writable(departureId);
        if (!List.of("PLANNING", "PLANNED").contains(d.state())) {
            throw new ConflictException("handover-closed", "The handover of departure " + departureId + " is " + d.state());
        }
        if (body.reassignOn() != null && d.lastWorkingDay() != null && body.reassignOn().isAfter(d.lastWorkingDay())) {
            throw new BadRequestException("reassignOn", "must not be after the last working day " + d.lastWorkingDay());
        }
        int approved = store.approveAll(departureId);
        store.approve(departureId, Actor.current().userId(), body.reassignOn());
        boolean now = body.reassignOn() != null && !body.reassignOn().isAfter(LocalDate.now());
        if (now) {
            store.createJob(departureId, HandoverStore.JobKind.REASSIGN, store.countOpenPlans(departureId));
        }
        audit.record("handover.approved", "departure", departureId, Map.of("plans", approved,
                "reassignOn", String.valueOf(body.reassignOn())));
        if (now) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            worker.wakeUp();
                        }
                    });
        }
        return progress(departureId);
    }

    private void setSuccessor(HandoverStore.Departure d, HandoverStore.Plan plan, String successorUserId) {
        if (successorUserId.equals(d.userId())) {
            throw new BadRequestException("successorUserId", "the departing person cannot be the successor");
        }
        directory.whyCannotHoldClients(successorUserId).ifPresent(why -> {
            throw new BadRequestException("successorUserId", why);
        });
        Client client = clients.find(plan.clientId()).orElseThrow();
        String tasks = EventJson.mapper().writeValueAsString(HandoverTaskPolicy.tasks(LocalDate.now(), d.lastWorkingDay(),
                client.executiveSponsorUserId(), successorUserId));
        if (store.successor(plan.id(), successorUserId, tasks) == 0) {
            throw new ConflictException("plan-closed", "Plan " + plan.id() + " is " + plan.status());
        }
        audit.record("handover.successor-changed", "client", plan.clientId(), Map.of("planId", plan.id(),
                "from", plan.successorUserId(), "to", successorUserId));
    }

    private HandoverStore.Departure readable(String departureId) {
        Actor actor = Actor.current();
        HandoverStore.Departure d = store.departure(departureId).orElseThrow(() -> new NotFoundException("departure", departureId));
        if (actor.hasAnyRole("owner", "hr", "legal") || access.leadsTeam(actor, d.team())) {
            return d;
        }
        throw new NotFoundException("departure", departureId);
    }

    private HandoverStore.Departure writable(String departureId) {
        Actor actor = Actor.current();
        HandoverStore.Departure d = store.departure(departureId).orElseThrow(() -> new NotFoundException("departure", departureId));
        if (!actor.hasRole("owner") && !access.leadsTeam(actor, d.team())) {
            throw new NotFoundException("departure", departureId);
        }
        if (actor.userId().equals(d.userId())) {
            // a team lead (or owner) in notice would otherwise hand their own clients to whom they like
            ownTransaction.executeWithoutResult(t -> audit.record("handover.own-departure-refused", "departure",
                    departureId, Map.of("userId", actor.userId())));
            throw new RefusedException(HttpStatus.FORBIDDEN, "OWN_DEPARTURE",
                    "Nobody approves or edits the handover of their own departure");
        }
        return d;
    }


    /** People's names for one answer: a page names the same few people again and again, each is looked up once. */
    private Function<String, String> names() {
        Map<String, Optional<String>> known = new HashMap<>();
        return id -> known.computeIfAbsent(id, directory::nameOf).orElse(null);
    }

    private PlanView view(HandoverStore.Plan p, Function<String, String> personName) {
        String name = clients.find(p.clientId()).map(Client::name).orElse(null);
        return new PlanView(p.id(), p.departureId(), p.clientId(), name, p.departingUserId(), personName.apply(p.departingUserId()),
                p.successorUserId(), personName.apply(p.successorUserId()), p.successorReason(), p.status(),
                Arrays.asList(EventJson.mapper().readValue(p.tasks(), HandoverPlanned.Task[].class)));
    }
}
