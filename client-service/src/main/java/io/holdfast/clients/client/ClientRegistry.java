package io.holdfast.clients.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.clients.client.ClientApi.ClientChange;
import io.holdfast.clients.client.ClientApi.NewClient;
import io.holdfast.clients.client.ClientApi.NewContact;
import io.holdfast.clients.employee.Employee;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.contracts.Money;
import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.contracts.crm.ClientUpdated;
import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.RefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and edits clients and their contacts; each write is audited and announced through the outbox. */
@Service
public class ClientRegistry {

    /** The sponsor is the company's second line to the client: someone other than the one who could take it. */
    static final String SPONSOR_NOT_MANAGER = "cannot be the client's own account manager";

    private final ClientRepository clients;
    private final ClientAccess access;
    private final Outbox outbox;
    private final AuditLog audit;
    private final EmployeeDirectory directory;

    /** Writes the audit of a refusal in its own transaction, so that the refusal's rollback keeps it. */
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;
    private final ContactAddressAlarm alarm;

    ClientRegistry(ClientRepository clients, ClientAccess access, Outbox outbox, AuditLog audit,
            EmployeeDirectory directory, org.springframework.transaction.PlatformTransactionManager transactions,
            ContactAddressAlarm alarm) {
        this.alarm = alarm;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.directory = directory;
        this.clients = clients;
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional
    public Client register(Actor actor, NewClient body) {
        ClientAccess.Scope scope = access.scope(actor);
        if (!scope.all()) {
            boolean ownTeam = scope.team() != null && scope.team().equals(body.team());
            if (!ownTeam && !body.accountManagerUserId().equals(actor.userId())) {
                throw new BadRequestException("accountManagerUserId",
                        "you may register clients only for yourself or for your own team");
            }
        }
        if (directory.statusOf(body.accountManagerUserId()) != Employee.Status.ACTIVE) {
            // a leaver's clients are being handed over; a new one must start with someone who stays
            throw new BadRequestException("accountManagerUserId", "is leaving the company and cannot take new clients");
        }
        if (body.executiveSponsorUserId().equals(body.accountManagerUserId())) {
            throw new BadRequestException("executiveSponsorUserId", SPONSOR_NOT_MANAGER);
        }
        if (clients.taxIdTaken(body.taxId(), null)) {
            throw new ConflictException("duplicate-tax-id", "A client with tax id " + body.taxId() + " already exists");
        }
        long primaries = body.contacts() == null ? 0 : body.contacts().stream().filter(NewContact::primary).count();
        if (primaries > 1) {
            throw new BadRequestException("contacts", "at most one contact can be primary");
        }
        Client client = new Client(UUID.randomUUID(), body.name().trim(), body.taxId().trim(), body.segment(),
                Client.Status.ACTIVE, body.team(), body.accountManagerUserId(), body.executiveSponsorUserId(),
                body.clientSince(), body.yearlyRevenue(), body.currency(), body.language() == null ? "en" : body.language(), 1);
        clients.insert(client);
        List<ContactRecord> contacts = new ArrayList<>();
        for (NewContact c : body.contacts() == null ? List.<NewContact>of() : body.contacts()) {
            ContactRecord contact = contact(UUID.randomUUID(), client.id(), c);
            clients.insertContact(contact);
            clients.recordContactHistory(contact.id(), client.id(), "ADDED", actor.username());
            contacts.add(contact);
        }
        outbox.publish(new ClientRegistered(client.id().toString(), clients.nextVersion(client.id()), client.name(),
                client.taxId(), client.segment(), client.team(), client.accountManagerUserId(),
                client.executiveSponsorUserId(), client.clientSince(), Money.of(client.yearlyRevenue(), client.currency()),
                client.language(), contacts.stream().map(ContactRecord::toEvent).toList(), Instant.now()));
        audit.record("client.registered", "client", client.id(), Map.of("name", client.name(), "taxId", client.taxId(),
                "accountManagerUserId", client.accountManagerUserId()));
        return client;
    }

    @Transactional
    public Client change(Actor actor, UUID id, ClientChange body) {
        Client current = access.writable(actor, id);
        boolean sponsorChanges = !current.executiveSponsorUserId().equals(body.executiveSponsorUserId());
        if (sponsorChanges) {
            if (!actor.hasRole("owner") && !access.leadsTeam(actor, current.team())) {
                ownTransaction.executeWithoutResult(t -> audit.record(actor.username(), "client.sponsor-change-refused",
                        "client", id, Map.of("executiveSponsorUserId", body.executiveSponsorUserId())));
                throw new RefusedException(HttpStatus.FORBIDDEN, "SPONSOR_CHANGE_NOT_ALLOWED",
                        "Only the owner or the team's lead changes a client's executive sponsor");
            }
            if (body.executiveSponsorUserId().equals(current.accountManagerUserId())) {
                throw new BadRequestException("executiveSponsorUserId", SPONSOR_NOT_MANAGER);
            }
        }
        Client changed = new Client(id, body.name().trim(), current.taxId(), body.segment(), current.status(),
                current.team(), current.accountManagerUserId(), body.executiveSponsorUserId(), current.clientSince(),
                body.yearlyRevenue(), body.currency(), body.language() == null ? current.language() : body.language(),
                current.version());
        clients.update(changed);
        outbox.publish(new ClientUpdated(id.toString(), clients.nextVersion(id), changed.name(), changed.segment(),
                changed.accountManagerUserId(), changed.executiveSponsorUserId(), current.executiveSponsorUserId(),
                Money.of(changed.yearlyRevenue(), changed.currency()), changed.language(), actor.username(),
                Instant.now()));
        audit.record("client.changed", "client", id, Map.of("name", changed.name(), "segment", changed.segment(),
                "executiveSponsorUserId", changed.executiveSponsorUserId(),
                "previousExecutiveSponsorUserId", current.executiveSponsorUserId()));
        return changed;
    }

    @Transactional
    public ContactRecord addContact(Actor actor, UUID clientId, NewContact body) {
        Client client = access.writable(actor, clientId);
        roomForAContact(clientId);
        ContactRecord contact = contact(UUID.randomUUID(), clientId, body);
        if (directory.isEmployeeAddress(contact.email())) {
            refusePrivateAddress(actor, client, contact.email(), "an address hr knows as an employee's own");
        }
        if (contact.primary()) {
            clearPrimary(actor, clientId, contact.id());
        }
        clients.insertContact(contact);
        clients.recordContactHistory(contact.id(), clientId, "ADDED", actor.username());
        contactsChanged(clientId, "client.contact-added", contact);
        return contact;
    }

    @Transactional
    public ContactRecord changeContact(Actor actor, UUID clientId, UUID contactId, NewContact body) {
        Client client = access.writable(actor, clientId);
        ContactRecord contact = contact(contactId, clientId, body);
        String before = clients.contacts(clientId).stream().filter(c -> c.id().equals(contactId)).map(ContactRecord::email)
                .findFirst().orElseThrow(() -> new NotFoundException("contact", contactId));
        if (!before.equalsIgnoreCase(contact.email())) {
            if (directory.isEmployeeAddress(contact.email())) {
                refusePrivateAddress(actor, client, contact.email(), "an address hr knows as an employee's own");
            }
            if ("FREE_MAIL".equals(ContactEmailRule.flag(contact.email(), null).orElse(null))) {
                refusePrivateAddress(actor, client, contact.email(), "a free-mail address");
            }
        }
        if (clients.updateContact(contact) == 0) {
            throw new NotFoundException("contact", contactId);
        }
        clients.recordContactHistory(contactId, clientId, "CHANGED", actor.username());
        if (contact.primary()) {
            clearPrimary(actor, clientId, contactId);
        }
        contactsChanged(clientId, "client.contact-changed", contact);
        return contact;
    }

    /**
     * Moving a contact to a private address is how letters meant for the client reach the leaver instead; only
     * the owner or the team's lead may, everyone else is refused and the attempt alerted.
     */
    private void refusePrivateAddress(Actor actor, Client client, String email, String why) {
        if (actor.hasRole("owner") || access.leadsTeam(actor, client.team())) {
            return;
        }
        alarm.raise(actor.userId(), actor.username(), client.id(), email, why);
        throw new RefusedException(HttpStatus.FORBIDDEN, "CONTACT_EMAIL_PRIVATE", "A client's contact cannot be "
                + "set to " + why + " except by the owner or the team's lead; the attempt has been recorded");
    }

    /** "Removing" a contact archives it: hidden from the client, kept with its history, restorable. */
    @Transactional
    public void removeContact(Actor actor, UUID clientId, UUID contactId) {
        access.writable(actor, clientId);
        if (clients.archiveContact(clientId, contactId, actor.username()) == 0) {
            throw new NotFoundException("contact", contactId);
        }
        clients.recordContactHistory(contactId, clientId, "ARCHIVED", actor.username());
        outbox.publish(new ClientContactsChanged(clientId.toString(), clients.nextVersion(clientId),
                clients.contacts(clientId).stream().map(ContactRecord::toEvent).toList(), Instant.now()));
        audit.record("client.contact-archived", "client", clientId, Map.of("contactId", contactId));
    }

    /** Refuses a contact beyond {@link ClientApi#MAX_CONTACTS}; the client row is locked so two adds cannot both fit. */
    private void roomForAContact(UUID clientId) {
        clients.lock(clientId);
        if (clients.contacts(clientId).size() >= ClientApi.MAX_CONTACTS) {
            throw new ConflictException("too-many-contacts", "A client keeps at most " + ClientApi.MAX_CONTACTS
                    + " contacts; archive one that is no longer current before adding another");
        }
    }

    /** The owner or the lead of the client's team brings an archived contact back. */
    @Transactional
    public void restoreContact(Actor actor, UUID clientId, UUID contactId) {
        Client client = access.writable(actor, clientId);
        if (!actor.hasRole("owner") && !access.leadsTeam(actor, client.team())) {
            throw new RefusedException(HttpStatus.FORBIDDEN, "RESTORE_NOT_ALLOWED",
                    "Only the owner or the team's lead restores an archived contact");
        }
        roomForAContact(clientId);
        if (clients.restoreContact(clientId, contactId) == 0) {
            throw new NotFoundException("archived contact", contactId);
        }
        clients.recordContactHistory(contactId, clientId, "RESTORED", actor.username());
        outbox.publish(new ClientContactsChanged(clientId.toString(), clients.nextVersion(clientId),
                clients.contacts(clientId).stream().map(ContactRecord::toEvent).toList(), Instant.now()));
        audit.record("client.contact-restored", "client", clientId, Map.of("contactId", contactId));
    }

    private void clearPrimary(Actor actor, UUID clientId, UUID keep) {
        for (ContactRecord other : clients.contacts(clientId)) {
            if (other.primary() && !other.id().equals(keep)) {
                clients.updateContact(new ContactRecord(other.id(), clientId, other.name(), other.role(), other.email(),
                        other.phone(), false, other.billing()));
                clients.recordContactHistory(other.id(), clientId, "CHANGED", actor.username());
            }
        }
    }

    private void contactsChanged(UUID clientId, String action, ContactRecord contact) {
        outbox.publish(new ClientContactsChanged(clientId.toString(), clients.nextVersion(clientId),
                clients.contacts(clientId).stream().map(ContactRecord::toEvent).toList(), Instant.now()));
        audit.record(action, "client", clientId, Map.of("contactId", contact.id(), "email", contact.email()));
    }

    private static ContactRecord contact(UUID id, UUID clientId, NewContact c) {
        return new ContactRecord(id, clientId, c.name().trim(), c.role(), c.email().trim(), c.phone(), c.primary(),
                c.billing());
    }
}
