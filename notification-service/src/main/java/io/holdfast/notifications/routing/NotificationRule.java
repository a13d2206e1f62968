package io.holdfast.notifications.routing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.Money;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ExportBlocked;
import io.holdfast.contracts.crm.HandoverPlanned;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.contracts.finance.BillingDetailsChangeRequested;
import io.holdfast.contracts.finance.BillingDetailsChanged;
import io.holdfast.contracts.finance.BillingStatementIssued;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.DeprovisioningFailed;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.NonSolicitationBreachSuspected;
import io.holdfast.contracts.notify.Channel;

/**
 * The rule table: which event becomes which messages to whom. Read it top to bottom, one row per event.
 *
 * <pre>
 * event                          -> recipients                                   template (letter)
 * DepartureScheduled             -> owners, team leads of the team, line manager  (briefing items, see below)
 * DepartureCancelled             -> the same people                               DEPARTURE_CANCELLED
 * HandoverPlanned                -> each task assignee, successor, sponsor         (briefing items, see below)
 * ClientReassigned               -> client's primary contact                       CLIENT_INTRODUCTION (introduction letter PDF)
 *                                -> the new account manager: a departure's         (briefing item)
 *                                   reassignment joins the briefing, a manual one  CLIENT_HANDED_OVER
 * BillingStatementIssued         -> the billing contact named in the event         BILLING_STATEMENT
 * BillingDetailsChangeRequested  -> the billing contact named in the event         BILLING_CHANGE_REQUESTED
 * BillingDetailsChanged          -> the billing contact named in the event         BILLING_CHANGED
 * EmployeeDeparted               -> the employee's personal e-mail                 EXIT_OBLIGATIONS (exit-obligations letter PDF)
 * NonSolicitationBreachSuspected -> owners and legal                               BREACH_SUSPECTED
 * SuspiciousAccessDetected       -> owners                                         SUSPICIOUS_ACCESS
 * ExportBlocked                  -> owners                                         EXPORT_BLOCKED
 * DeprovisioningFailed           -> owners and ops                                 DEPROVISIONING_FAILED
 * </pre>
 *
 * Staff get an e-mail (when their work e-mail is known) and an in-app feed entry; people outside the company
 * (client contacts, a former employee) get an e-mail only. Every other event yields nothing.
 *
 * <p>What a departure means for each member of staff is not sent per client: {@link #briefingItemsFor} returns
 * it as items, which are gathered and sent as one {@link Template#DEPARTURE_BRIEFING} per person and departure.
 */
public final class NotificationRule {

    /** Facts of a letter in the company's name: the client, and on whose behalf it goes (not printed). */
    public static final String CLIENT_ID = "clientId";
    public static final String ISSUED_BY = "issuedByUserId";
    /** The departure a client letter belongs to (not printed), so its progress can be shown on the board. */
    public static final String DEPARTURE_ID = "departureId";

    private final String handoverLinkBase;

    /** @param handoverLinkBase portal address the departure message links to, e.g. https://holdfast.example.com */
    public NotificationRule(String handoverLinkBase) {
        this.handoverLinkBase = handoverLinkBase.endsWith("/") ? handoverLinkBase.substring(0,
                handoverLinkBase.length() - 1) : handoverLinkBase;
    }

    /** The departure's handover board in the portal. */
    public String boardLink(String departureId) {
        return handoverLinkBase + "/staff/departures/" + departureId;
    }

    public List<Message> messagesFor(DomainEvent event, Recipients people) {
        return switch (event) {
            case DepartureCancelled e -> departureCancelled(e, people);
            case ClientReassigned e -> clientReassigned(e, people);
            case BillingStatementIssued e -> toBillingContact(Template.BILLING_STATEMENT, e.billingContactName(),
                    e.billingContactEmail(), e.language(), facts("clientName", e.clientName(),
                            "contactName", e.billingContactName(), "reason", e.reason(),
                            "invoices", invoices(e.openInvoices()), "totalOutstanding", money(e.totalOutstanding())));
            case BillingDetailsChangeRequested e -> toBillingContact(Template.BILLING_CHANGE_REQUESTED,
                    e.billingContactName(), e.billingContactEmail(), e.language(), facts("clientName",
                            clientName(e.clientId(), people), "contactName", e.billingContactName(),
                            "summary", e.summary()));
            case BillingDetailsChanged e -> toBillingContact(Template.BILLING_CHANGED, e.billingContactName(),
                    e.billingContactEmail(), e.language(), facts("clientName", clientName(e.clientId(), people),
                            "contactName", e.billingContactName(), "summary", e.summary()));
            case EmployeeDeparted e -> employeeDeparted(e);
            case NonSolicitationBreachSuspected e -> toStaff(Template.BREACH_SUSPECTED,
                    union(people.withRole("owner"), people.withRole("legal")), facts("employeeName", e.fullName(),
                            "clientName", e.clientName(), "churnedOn", date(e.churnedOn()),
                            "windowEndsOn", date(e.windowEndsOn()), "claim", money(e.claim()),
                            "evidence", String.join("\n", e.evidence() == null ? List.of() : e.evidence())));
            case SuspiciousAccessDetected e -> toStaff(Template.SUSPICIOUS_ACCESS, people.withRole("owner"),
                    facts("username", e.username(), "distinctClients", String.valueOf(e.distinctClients()),
                            "windowStart", String.valueOf(e.windowStart()), "windowEnd", String.valueOf(e.windowEnd()),
                            "reason", e.reason()));
            case ExportBlocked e -> toStaff(Template.EXPORT_BLOCKED, people.withRole("owner"),
                    facts("username", e.username(), "reason", e.reason().name(),
                            "requestedRows", String.valueOf(e.requestedRows())));
            case DeprovisioningFailed e -> toStaff(Template.DEPROVISIONING_FAILED,
                    union(people.withRole("owner"), people.withRole("ops")), facts("username", e.username(),
                            "attempts", String.valueOf(e.attempts()), "reason", e.reason()));
            default -> List.of();
        };
    }

    /** Owners, the team's leads and the line manager are told of a departure; never the leaver. */
    private List<BriefingItem> departureScheduled(DepartureScheduled e, Recipients people) {
        List<Person> to = new ArrayList<>(people.withRole("owner"));
        to.addAll(people.teamLeads(e.team()));
        Optional.ofNullable(e.lineManagerUserId()).flatMap(people::staff).ifPresent(to::add);
        return distinct(to).stream().filter(p -> !p.userId().equals(e.userId()))
                .map(p -> new BriefingItem(e.departureId(), e.userId(), p, BriefingItem.NO_CLIENT, "",
                        BriefingItem.Role.INFORMED, List.of()))
                .toList();
    }

    /**
     * What every briefing of a departure says about the departure itself: who leaves, from which team, the last
     * working day, and the clients they handle (how many at high risk) as this service's projections know them.
     */
    public Optional<DepartureFacts> departureFacts(DomainEvent event, Recipients people) {
        if (!(event instanceof DepartureScheduled e)) {
            return Optional.empty();
        }
        ClientLoad load = people.load(e.userId());
        return Optional.of(new DepartureFacts(e.departureId(), facts("employeeName", e.fullName(), "team", e.team(),
                "lastWorkingDay", date(e.lastWorkingDay()), "clientsHandled", String.valueOf(load.clients()),
                "highRiskClients", String.valueOf(load.highRisk()))));
    }

    /** The departure's own facts, kept with its briefings. */
    public record DepartureFacts(String departureId, Map<String, String> facts) {
        public DepartureFacts {
            facts = Map.copyOf(facts);
        }
    }

    private List<Message> departureCancelled(DepartureCancelled e, Recipients people) {
        Optional<Person> stayer = people.staff(e.userId());
        String team = people.teamOf(e.userId()).orElse(null);
        List<Person> to = new ArrayList<>(people.withRole("owner"));
        to.addAll(people.teamLeads(team));
        List<Person> recipients = distinct(to).stream().filter(p -> !p.userId().equals(e.userId())).toList();
        return toStaff(Template.DEPARTURE_CANCELLED, recipients, facts("employeeName",
                stayer.map(Person::name).orElse(e.userId()), "team", team, "reason", e.reason()));
    }

    /** A departure's per-client part for each member of staff, to be sent as one briefing per person. */
    public List<BriefingItem> briefingItemsFor(DomainEvent event, Recipients people) {
        return switch (event) {
            case DepartureScheduled e -> departureScheduled(e, people);
            case HandoverPlanned e -> handoverPlanned(e, people);
            case ClientReassigned e when e.reason() == ClientReassigned.Reason.DEPARTURE && e.departureId() != null ->
                    people.staff(e.toUserId()).map(m -> List.of(new BriefingItem(e.departureId(), e.fromUserId(), m,
                            e.clientId(), e.clientName(), BriefingItem.Role.RECEIVES, List.of()))).orElse(List.of());
            default -> List.of();
        };
    }

    private List<BriefingItem> handoverPlanned(HandoverPlanned e, Recipients people) {
        List<HandoverPlanned.Task> allTasks = e.tasks() == null ? List.of() : e.tasks();
        Set<String> userIds = new LinkedHashSet<>();
        allTasks.forEach(t -> userIds.add(t.assigneeUserId()));
        Stream.of(e.successorUserId(), e.executiveSponsorUserId()).filter(id -> id != null).forEach(userIds::add);
        List<BriefingItem> items = new ArrayList<>();
        for (String userId : userIds) {
            people.staff(userId).ifPresent(person -> {
                if (userId.equals(e.successorUserId())) {
                    items.add(new BriefingItem(e.departureId(), e.departingUserId(), person, e.clientId(),
                            e.clientName(), BriefingItem.Role.RECEIVES, List.of()));
                }
                items.add(new BriefingItem(e.departureId(), e.departingUserId(), person, e.clientId(), e.clientName(),
                        BriefingItem.Role.TASKS, allTasks.stream().filter(t -> userId.equals(t.assigneeUserId()))
                                .toList()));
            });
        }
        return items;
    }

    private List<Message> clientReassigned(ClientReassigned e, Recipients people) {
        Optional<ClientFacts> client = people.client(e.clientId());
        Optional<Person> manager = people.staff(e.toUserId());
        if (manager.isEmpty()) {
            // hr events travel on another topic and may arrive later: fail so that the event is retried
            throw new UnknownRecipientException("new account manager " + e.toUserId() + " of client " + e.clientId());
        }
        Optional<Person> sponsor = Optional.ofNullable(e.executiveSponsorUserId()).flatMap(people::staff);
        List<Message> messages = new ArrayList<>();
        Person contact = client.map(ClientFacts::primaryContact).orElse(null);
        if (contact != null && contact.email() != null) {
            String language = client.get().language();
            Map<String, String> facts = facts("clientName", e.clientName(), "contactName", contact.name(),
                    "managerName", manager.get().name(), "managerEmail", manager.get().email(),
                    CLIENT_ID, e.clientId(), ISSUED_BY, e.executiveSponsorUserId() != null
                            ? e.executiveSponsorUserId() : e.toUserId());
            // without a known sponsor the letter is signed by the company's signatory (see LetterRenderer)
            sponsor.ifPresent(s -> facts.put("sponsorName", s.name()));
            if (e.departureId() != null) {
                facts.put(DEPARTURE_ID, e.departureId());
            }
            messages.add(new Message(Template.CLIENT_INTRODUCTION, contact, Channel.EMAIL, language, facts));
        }
        if (e.reason() != ClientReassigned.Reason.DEPARTURE || e.departureId() == null) {
            // a departure's new manager hears of the client in the departure's briefing instead
            messages.addAll(toStaff(Template.CLIENT_HANDED_OVER, List.of(manager.get()), facts(
                    "clientName", e.clientName(), "contactName", contact == null ? "—" : contact.name(),
                    "sponsorName", sponsor.map(Person::name).orElse("—"))));
        }
        return messages;
    }

    private List<Message> employeeDeparted(EmployeeDeparted e) {
        if (e.personalEmail() == null || e.personalEmail().isBlank()) {
            return List.of();
        }
        Map<String, String> facts = new LinkedHashMap<>(facts("employeeName", e.fullName(),
                "lastWorkingDay", date(e.lastWorkingDay()), "nonSolicitationEndsOn", date(e.nonSolicitationEndsOn())));
        var terms = e.contract();
        if (terms != null) {
            facts.put("contractNumber", terms.contractNumber());
            facts.put("amendment", String.valueOf(terms.amendment()));
            facts.put("currency", terms.currency());
            if (terms.earlyDeparture() != null) {
                facts.put("earlyDepartureKind", terms.earlyDeparture().kind().name());
                facts.put("earlyDepartureAmount", amount(terms.earlyDeparture().kind()
                        == io.holdfast.contracts.hr.EarlyDepartureClause.Kind.FIXED
                                ? terms.earlyDeparture().fixedAmount() : terms.earlyDeparture().monthlyRate()));
            }
            if (terms.documentUse() != null) {
                facts.put("documentUsePenalty", amount(terms.documentUse().penaltyPerViolation()));
            }
            if (terms.nonSolicitation() != null) {
                facts.put("nonSolicitationMonths", String.valueOf(terms.nonSolicitation().months()));
                facts.put("nonSolicitationKind", terms.nonSolicitation().kind().name());
                facts.put("nonSolicitationAmount", amount(terms.nonSolicitation().amount()));
            }
        }
        Person former = new Person(null, e.fullName(), e.personalEmail(), language(e.language()));
        return List.of(new Message(Template.EXIT_OBLIGATIONS, former, Channel.EMAIL, former.language(), facts));
    }

    private static List<Message> toBillingContact(Template template, String name, String email, String language,
            Map<String, String> facts) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        Person contact = new Person(null, name, email, language(language));
        return List.of(new Message(template, contact, Channel.EMAIL, contact.language(), facts));
    }

    static List<Message> toStaff(Template template, List<Person> people, Map<String, String> facts) {
        List<Message> messages = new ArrayList<>();
        for (Person person : distinct(people)) {
            Map<String, String> personal = new LinkedHashMap<>(facts);
            personal.put("recipientName", person.name());
            if (person.email() != null && !person.email().isBlank()) {
                messages.add(new Message(template, person, Channel.EMAIL, language(person.language()), personal));
            }
            messages.add(new Message(template, person, Channel.IN_APP, language(person.language()), personal));
        }
        return messages;
    }

    private static List<Person> distinct(List<Person> people) {
        Map<String, Person> byId = new LinkedHashMap<>();
        people.forEach(p -> byId.putIfAbsent(p.userId(), p));
        return List.copyOf(byId.values());
    }

    private static List<Person> union(List<Person> a, List<Person> b) {
        List<Person> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String clientName(String clientId, Recipients people) {
        return people.client(clientId).map(ClientFacts::name).orElse(clientId);
    }

    /** Letters exist in English and Russian; anything else falls back to English. */
    public static String language(String language) {
        return "ru".equalsIgnoreCase(language) ? "ru" : "en";
    }

    private static String invoices(List<BillingStatementIssued.OpenInvoice> invoices) {
        if (invoices == null || invoices.isEmpty()) {
            return "—";
        }
        return invoices.stream().map(i -> i.number() + " — " + date(i.dueOn()) + " — " + money(i.outstanding()))
                .collect(Collectors.joining("\n"));
    }

    private static String date(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "—" : amount.toPlainString();
    }

    private static String money(Money money) {
        return money == null ? "—" : money.amount().toPlainString() + " " + money.currency();
    }

    /** Facts in order; a missing value reads as a dash rather than "null". */
    private static Map<String, String> facts(String... keyValues) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            facts.put(keyValues[i], keyValues[i + 1] == null ? "—" : keyValues[i + 1]);
        }
        return facts;
    }
}
