package io.holdfast.clients.client;

import java.util.List;
import java.util.UUID;

import io.holdfast.clients.client.ClientApi.ClientBillingView;
import io.holdfast.clients.client.ClientApi.ClientChange;
import io.holdfast.clients.client.ClientApi.ClientDetail;
import io.holdfast.clients.client.ClientApi.ClientSummary;
import io.holdfast.clients.client.ClientApi.ContactView;
import io.holdfast.clients.client.ClientApi.Money;
import io.holdfast.clients.client.ClientApi.NewClient;
import io.holdfast.clients.client.ClientApi.NewContact;
import io.holdfast.clients.client.ClientApi.Page;
import io.holdfast.clients.employee.Employee;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
public class ClientController {

    private static final String READERS = "hasAnyRole('owner','team-lead','account-manager','finance','hr','legal')";
    private static final String WRITERS = "hasAnyRole('owner','team-lead','account-manager')";

    private final ClientRegistry registry;
    private final ClientRepository clients;
    private final ClientAccess access;
    private final ClientQueries queries;
    private final EmployeeDirectory directory;
    private final ClientLifecycle lifecycle;

    ClientController(ClientLifecycle lifecycle, ClientRegistry registry, ClientRepository clients, ClientAccess access, ClientQueries queries,
            EmployeeDirectory directory) {
        this.registry = registry;
        this.clients = clients;
        this.access = access;
        this.queries = queries;
        this.directory = directory;
        this.lifecycle = lifecycle;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    public ClientDetail register(@Valid @RequestBody NewClient body) {
        return detail(registry.register(Actor.current(), body));
    }

    @GetMapping
    @PreAuthorize(READERS)
    public Page<ClientSummary> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) Client.Status status,
            @RequestParam(required = false) String managerUserId, @RequestParam(required = false) String team,
            @RequestParam(required = false) io.holdfast.contracts.crm.ClientRiskChanged.Band risk,
            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return queries.search(access.scope(Actor.current()), new ClientQueries.Filter(q, status, managerUserId, team,
                after, PageLimit.of(limit), risk == null ? null : risk.name()));
    }

    /** Every read of client data is recorded by the access feature (ClientRead), not here. */
    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    public Object get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        ClientAccess.Scope scope = access.scope(actor);
        Client client = clients.find(id).filter(c -> access.namesView(scope, c))
                .orElseThrow(() -> new NotFoundException("client", id));
        if (!access.fullView(scope, client)) {
            return new ClientBillingView(client.id(), client.name(),
                    contacts(client).stream().filter(ContactView::billing).toList());
        }
        return detail(client);
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    public ClientDetail change(@PathVariable UUID id, @Valid @RequestBody ClientChange body) {
        return detail(registry.change(Actor.current(), id, body));
    }

    @GetMapping("/{id}/contacts")
    @PreAuthorize(READERS)
    public List<ContactView> contacts(@PathVariable UUID id) {
        ClientAccess.Scope scope = access.scope(Actor.current());
        Client client = clients.find(id).filter(c -> access.namesView(scope, c))
                .orElseThrow(() -> new NotFoundException("client", id));
        List<ContactView> all = contacts(client);
        return access.fullView(scope, client) ? all : all.stream().filter(ContactView::billing).toList();
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(WRITERS)
    public ContactView addContact(@PathVariable UUID id, @Valid @RequestBody NewContact body) {
        ContactRecord c = registry.addContact(Actor.current(), id, body);
        return view(c, managerDomain(clients.find(id).orElseThrow()));
    }

    @PutMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(WRITERS)
    public ContactView changeContact(@PathVariable UUID id, @PathVariable UUID contactId,
            @Valid @RequestBody NewContact body) {
        ContactRecord c = registry.changeContact(Actor.current(), id, contactId, body);
        return view(c, managerDomain(clients.find(id).orElseThrow()));
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(WRITERS)
    public void removeContact(@PathVariable UUID id, @PathVariable UUID contactId) {
        registry.removeContact(Actor.current(), id, contactId);
    }

    /** Every version of a contact, archived ones included, oldest first: what it was, who changed it and when. */
    @GetMapping("/{id}/contacts/{contactId}/history")
    @PreAuthorize("hasAnyRole('owner','team-lead','account-manager','hr','legal')")
    public List<ClientRepository.ContactVersion> contactHistory(@PathVariable UUID id, @PathVariable UUID contactId) {
        ClientAccess.Scope scope = access.scope(Actor.current());
        clients.find(id).filter(c -> access.fullView(scope, c)).orElseThrow(() -> new NotFoundException("client", id));
        List<ClientRepository.ContactVersion> versions = clients.contactHistory(id, contactId);
        if (versions.isEmpty()) {
            throw new NotFoundException("contact", contactId);
        }
        return versions;
    }

    /** The archived contacts of a client, for the owner or team lead to restore. */
    @GetMapping("/{id}/contacts/archived")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    public List<ContactView> archivedContacts(@PathVariable UUID id) {
        ClientAccess.Scope scope = access.scope(Actor.current());
        Client client = clients.find(id).filter(c -> access.fullView(scope, c))
                .orElseThrow(() -> new NotFoundException("client", id));
        String domain = managerDomain(client);
        return clients.archivedContacts(id).stream().map(c -> view(c, domain)).toList();
    }

    @PostMapping("/{id}/contacts/{contactId}/restore")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    public void restoreContact(@PathVariable UUID id, @PathVariable UUID contactId) {
        registry.restoreContact(Actor.current(), id, contactId);
    }

    @PostMapping("/{id}/reassign")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    public ClientApi.ReassignResult reassign(@PathVariable UUID id, @Valid @RequestBody ClientApi.Reassignment body) {
        return new ClientApi.ReassignResult(lifecycle.reassign(Actor.current(), List.of(id), body.toUserId(), body.note()));
    }

    /** Up to 200 clients in one all-or-nothing transaction; larger moves go through a departure handover. */
    @PostMapping("/reassign")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    public ClientApi.ReassignResult reassignMany(@Valid @RequestBody ClientApi.BulkReassignment body) {
        return new ClientApi.ReassignResult(lifecycle.reassign(Actor.current(), body.clientIds().stream().distinct().toList(),
                body.toUserId(), body.note()));
    }

    @PostMapping("/{id}/churn")
    @PreAuthorize(WRITERS)
    public ClientDetail churn(@PathVariable UUID id, @Valid @RequestBody ClientApi.Churn body) {
        return detail(lifecycle.churn(Actor.current(), id, body.reason(), body.competitor(), body.wentTo(), body.churnedOn()));
    }

    private ClientDetail detail(Client c) {
        return new ClientDetail(c.id(), c.name(), c.taxId(), c.segment(), c.status(), c.team(),
                c.accountManagerUserId(), directory.nameOf(c.accountManagerUserId()).orElse(null),
                c.executiveSponsorUserId(), directory.nameOf(c.executiveSponsorUserId()).orElse(null), c.clientSince(),
                new Money(c.yearlyRevenue(), c.currency()), c.language(), contacts(c));
    }

    private List<ContactView> contacts(Client c) {
        String domain = managerDomain(c);
        return clients.contacts(c.id()).stream().map(contact -> view(contact, domain)).toList();
    }

    private String managerDomain(Client c) {
        return directory.find(c.accountManagerUserId()).map(Employee::workDomain).orElse(null);
    }

    private static ContactView view(ContactRecord c, String managerDomain) {
        return new ContactView(c.id(), c.name(), c.role(), c.email(), c.phone(), c.primary(), c.billing(),
                ContactEmailRule.flag(c.email(), managerDomain).orElse(null));
    }
}
