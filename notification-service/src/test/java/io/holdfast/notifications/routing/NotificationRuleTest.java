package io.holdfast.notifications.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.holdfast.contracts.Money;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ExportBlocked;
import io.holdfast.contracts.crm.HandoverPlanned;
import io.holdfast.contracts.crm.SuspiciousAccessDetected;
import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.contracts.finance.BillingDetailsChangeRequested;
import io.holdfast.contracts.finance.BillingDetailsChanged;
import io.holdfast.contracts.finance.BillingStatementIssued;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.DeprovisioningFailed;
import io.holdfast.contracts.hr.DocumentUseClause;
import io.holdfast.contracts.hr.EarlyDepartureClause;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.NonSolicitationBreachSuspected;
import io.holdfast.contracts.hr.NonSolicitationClause;
import io.holdfast.contracts.notify.Channel;
import org.junit.jupiter.api.Test;

class NotificationRuleTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final Person OWNER = new Person("u-owner", "Olga Owner", "owner@example.com", "ru");
    static final Person LEGAL = new Person("u-legal", "Lev Legal", "legal@example.com", "en");
    static final Person OPS = new Person("u-ops", "Oscar Ops", null, "en");
    static final Person LEAD = new Person("u-lead", "Tina Lead", "lead@example.com", "en");
    static final Person LEAVER = new Person("u-leaver", "Alex Leaver", "alex@example.com", "en");
    static final Person SUCCESSOR = new Person("u-succ", "Sam Successor", "sam@example.com", "en");
    static final Person SPONSOR = new Person("u-sponsor", "Vera Sponsor", "vera@example.com", "ru");
    static final Person PRIMARY = new Person(null, "Paul Primary", "paul@client.example.com", "ru");

    final FakeRecipients people = new FakeRecipients();
    final NotificationRule rule = new NotificationRule("https://holdfast.example.com/");

    @Test
    void departureScheduledSendsNoMessageOfItsOwnButTellsOwnersAndTeamLeadsInTheirBriefing() {
        people.roles.put("owner", List.of(OWNER));
        people.teamLeads.put("north", List.of(LEAD));
        people.loads.put("u-leaver", new ClientLoad(7, 2));

        assertThat(rule.messagesFor(departure(null), people)).as("one message per person and departure: the briefing")
                .isEmpty();
        assertThat(rule.briefingItemsFor(departure(null), people))
                .extracting(i -> i.recipient().userId(), BriefingItem::role, BriefingItem::departureId)
                .containsExactlyInAnyOrder(tuple("u-owner", BriefingItem.Role.INFORMED, "dep-1"),
                        tuple("u-lead", BriefingItem.Role.INFORMED, "dep-1"));
        assertThat(rule.departureFacts(departure(null), people)).hasValueSatisfying(d -> {
            assertThat(d.departureId()).isEqualTo("dep-1");
            assertThat(d.facts()).containsEntry("employeeName", "Alex Leaver").containsEntry("clientsHandled", "7")
                    .containsEntry("highRiskClients", "2").containsEntry("lastWorkingDay", "2026-12-31")
                    .containsEntry("team", "north");
        });
    }

    @Test
    void theBriefingOfSomeoneOnlyToldOfTheDepartureSaysWhoLeavesWhenAndWithHowManyClientsInTheirLanguage() {
        people.loads.put("u-leaver", new ClientLoad(7, 2));
        var departure = rule.departureFacts(departure(null), people).orElseThrow().facts();
        List<BriefingItem> told = List.of(new BriefingItem("dep-1", "u-leaver", OWNER, BriefingItem.NO_CLIENT, "",
                BriefingItem.Role.INFORMED, List.of()));

        List<Message> messages = DepartureBriefing.messages(OWNER, "Alex Leaver", told, departure, rule.boardLink("dep-1"));

        assertThat(messages).extracting(Message::channel).containsExactly(Channel.EMAIL, Channel.IN_APP);
        assertThat(messages.getFirst().language()).isEqualTo("ru");
        var text = new MessageText().render(Template.DEPARTURE_BRIEFING, "en", messages.getFirst().facts());
        assertThat(text.subject()).isEqualTo("Alex Leaver is leaving on 2026-12-31: 0 client(s) and 0 task(s) for you");
        assertThat(text.text()).contains("Clients handled: 7, of them at high risk: 2")
                .contains("https://holdfast.example.com/staff/departures/dep-1");
    }

    @Test
    void departureScheduledTellsAnOwnerWhoIsAlsoTheLineManagerOnlyOnce() {
        people.roles.put("owner", List.of(OWNER));
        people.staff.put("u-owner", OWNER);

        assertThat(rule.briefingItemsFor(departure("u-owner"), people)).singleElement()
                .satisfies(i -> assertThat(i.recipient().userId()).isEqualTo("u-owner"));
    }

    @Test
    void departureScheduledAddsALineManagerOutsideTheTeamLeads() {
        Person manager = new Person("u-mgr", "Mike Manager", "mike@example.com", "en");
        people.staff.put("u-mgr", manager);

        assertThat(rule.briefingItemsFor(departure("u-mgr"), people)).extracting(i -> i.recipient().userId())
                .containsOnly("u-mgr");
    }

    @Test
    void departureScheduledNeverNotifiesTheLeaverEvenWhenTheyAreATeamLead() {
        people.teamLeads.put("north", List.of(LEAVER, LEAD));

        assertThat(rule.briefingItemsFor(departure(null), people)).extracting(i -> i.recipient().userId())
                .doesNotContain("u-leaver").contains("u-lead");
    }

    @Test
    void aCancelledDepartureIsToldToTheSameOwnersAndTeamLeadsWithTheReason() {
        people.roles.put("owner", List.of(OWNER));
        people.teamLeads.put("north", List.of(LEAD, LEAVER));
        people.teams.put("u-leaver", "north");
        people.staff.put("u-leaver", LEAVER);

        List<Message> messages = rule.messagesFor(new io.holdfast.contracts.hr.DepartureCancelled("e-1", 5, "dep-1",
                "u-leaver", "u-hr", "counter-offer accepted", NOW), people);

        assertThat(messages).extracting(m -> m.recipient().userId()).containsOnly("u-owner", "u-lead");
        assertThat(messages).allSatisfy(m -> assertThat(m.facts()).containsEntry("employeeName", "Alex Leaver")
                .containsEntry("reason", "counter-offer accepted").containsEntry("team", "north"));
        assertThat(messages).extracting(Message::template).containsOnly(Template.DEPARTURE_CANCELLED);
    }

    @Test
    void staffWithoutAWorkEmailGetOnlyTheFeedEntry() {
        people.roles.put("owner", List.of());
        people.roles.put("ops", List.of(OPS));

        List<Message> messages = rule.messagesFor(new DeprovisioningFailed("e-1", 5, "dep-1", "u-leaver", "alex", 5,
                "Keycloak unreachable", NOW), people);

        assertThat(messages).extracting(Message::channel).containsExactly(Channel.IN_APP);
        assertThat(messages.get(0).address()).isEqualTo("u-ops");
    }

    @Test
    void handoverPlannedSendsNoMessageButGivesEachPersonTheirPartOfTheDepartureBriefing() {
        people.staff.put("u-succ", SUCCESSOR);
        people.staff.put("u-sponsor", SPONSOR);
        HandoverPlanned plan = new HandoverPlanned("c-1", 3, "plan-1", "dep-1", "u-leaver", "u-succ", "u-sponsor",
                "Acme", List.of(
                        new HandoverPlanned.Task(HandoverPlanned.Task.Kind.EXECUTIVE_CALL, LocalDate.of(2026, 12, 1), "u-sponsor"),
                        new HandoverPlanned.Task(HandoverPlanned.Task.Kind.CONTACT_REVIEW, LocalDate.of(2026, 12, 5), "u-succ")),
                NOW);

        assertThat(rule.messagesFor(plan, people)).as("no message per client").isEmpty();
        List<BriefingItem> items = rule.briefingItemsFor(plan, people);

        assertThat(items).extracting(i -> i.recipient().userId(), BriefingItem::role, BriefingItem::departureId)
                .containsExactlyInAnyOrder(tuple("u-succ", BriefingItem.Role.RECEIVES, "dep-1"),
                        tuple("u-succ", BriefingItem.Role.TASKS, "dep-1"), tuple("u-sponsor", BriefingItem.Role.TASKS, "dep-1"));
        BriefingItem sponsors = items.stream().filter(i -> i.recipient().userId().equals("u-sponsor")).findFirst().orElseThrow();
        assertThat(sponsors.tasks()).extracting(HandoverPlanned.Task::kind).containsExactly(HandoverPlanned.Task.Kind.EXECUTIVE_CALL);
    }

    @Test
    void handoverPlannedSkipsAssigneesThisServiceDoesNotKnow() {
        HandoverPlanned plan = new HandoverPlanned("c-1", 3, "plan-1", "dep-1", "u-leaver", "u-unknown", null, "Acme",
                List.of(), NOW);

        assertThat(rule.messagesFor(plan, people)).isEmpty();
        assertThat(rule.briefingItemsFor(plan, people)).isEmpty();
    }

    @Test
    void aBriefingSumsUpAThousandClientsInOneMessageWithTheFirstNamesAndALinkToTheBoard() {
        people.staff.put("u-succ", SUCCESSOR);
        List<BriefingItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String client = "Client %04d".formatted(i);
            items.add(new BriefingItem("dep-1", "u-leaver", SUCCESSOR, "c-" + i, client, BriefingItem.Role.RECEIVES, List.of()));
            items.add(new BriefingItem("dep-1", "u-leaver", SUCCESSOR, "c-" + i, client, BriefingItem.Role.TASKS, List.of(
                    new HandoverPlanned.Task(HandoverPlanned.Task.Kind.CONTACT_REVIEW, LocalDate.of(2026, 12, 5 + i % 3), "u-succ"))));
        }

        List<Message> messages = DepartureBriefing.messages(SUCCESSOR, "Alex Leaver", items,
                Map.of("lastWorkingDay", "2026-12-31"), rule.boardLink("dep-1"));

        assertThat(messages).extracting(Message::channel).containsExactly(Channel.EMAIL, Channel.IN_APP);
        Message mail = messages.getFirst();
        assertThat(mail.template()).isEqualTo(Template.DEPARTURE_BRIEFING);
        assertThat(mail.facts()).containsEntry("clients", "1000").containsEntry("taskCount", "1000")
                .containsEntry("taskClients", "1000").containsEntry("employeeName", "Alex Leaver")
                .containsEntry("handoverLink", "https://holdfast.example.com/staff/departures/dep-1")
                .containsEntry("taskSummary", "Contact review: 1000, first due 2026-12-05");
        assertThat(mail.facts().get("clientList").lines()).hasSize(DepartureBriefing.NAMED_CLIENTS + 1)
                .startsWith("Client 0000").endsWith("… and 980 more");
        var text = new MessageText().render(Template.DEPARTURE_BRIEFING, "en", mail.facts());
        assertThat(text.subject()).isEqualTo("Alex Leaver is leaving on 2026-12-31: 1000 client(s) and 1000 task(s) for you");
        assertThat(text.text()).contains("https://holdfast.example.com/staff/departures/dep-1").contains("Client 0019")
                .doesNotContain("Client 0020");
    }

    @Test
    void clientReassignedSendsTheIntroductionLetterToThePrimaryContactInTheClientsLanguage() {
        people.staff.put("u-succ", SUCCESSOR);
        people.staff.put("u-sponsor", SPONSOR);
        people.clients.put("c-1", client(PRIMARY));

        List<Message> messages = rule.messagesFor(reassigned(), people);

        Message letter = messages.stream().filter(m -> m.template() == Template.CLIENT_INTRODUCTION).findFirst().orElseThrow();
        assertThat(letter.channel()).isEqualTo(Channel.EMAIL);
        assertThat(letter.address()).isEqualTo("paul@client.example.com");
        assertThat(letter.language()).isEqualTo("ru");
        assertThat(letter.template().letter()).isEqualTo(LetterKind.INTRODUCTION_LETTER);
        assertThat(letter.facts()).containsEntry("managerName", "Sam Successor").containsEntry("sponsorName", "Vera Sponsor")
                .containsEntry("contactName", "Paul Primary").containsEntry(NotificationRule.CLIENT_ID, "c-1")
                .as("sent on behalf of the executive sponsor").containsEntry(NotificationRule.ISSUED_BY, "u-sponsor");
    }

    @Test
    void aManualReassignmentTellsTheNewManagerTheClientIsTheirs() {
        people.staff.put("u-succ", SUCCESSOR);
        people.clients.put("c-1", client(PRIMARY));

        assertThat(rule.messagesFor(manuallyReassigned(), people))
                .filteredOn(m -> m.template() == Template.CLIENT_HANDED_OVER)
                .extracting(m -> m.recipient().userId(), Message::channel)
                .containsExactlyInAnyOrder(tuple("u-succ", Channel.EMAIL), tuple("u-succ", Channel.IN_APP));
        assertThat(rule.briefingItemsFor(manuallyReassigned(), people)).isEmpty();
    }

    @Test
    void aDeparturesReassignmentTellsTheNewManagerInTheBriefingNotPerClient() {
        people.staff.put("u-succ", SUCCESSOR);
        people.clients.put("c-1", client(PRIMARY));

        assertThat(rule.messagesFor(reassigned(), people)).extracting(Message::template)
                .containsOnly(Template.CLIENT_INTRODUCTION);
        assertThat(rule.briefingItemsFor(reassigned(), people))
                .extracting(i -> i.recipient().userId(), BriefingItem::role, BriefingItem::departureId)
                .containsExactly(tuple("u-succ", BriefingItem.Role.RECEIVES, "dep-1"));
    }

    @Test
    void clientReassignedWithoutAPrimaryContactSendsNoLetterButStillTellsTheManager() {
        people.staff.put("u-succ", SUCCESSOR);
        people.clients.put("c-1", client(null));

        assertThat(rule.messagesFor(manuallyReassigned(), people)).extracting(Message::template)
                .containsOnly(Template.CLIENT_HANDED_OVER);
    }

    @Test
    void clientFacingTemplatesAreTheOnesThatLeaveTheCompany() {
        assertThat(java.util.Arrays.stream(Template.values()).filter(Template::clientFacing))
                .containsExactlyInAnyOrder(Template.CLIENT_INTRODUCTION, Template.BILLING_STATEMENT,
                        Template.BILLING_CHANGE_REQUESTED, Template.BILLING_CHANGED, Template.EXIT_OBLIGATIONS);
    }

    @Test
    void clientReassignedToAManagerNotYetKnownFailsSoThatTheEventIsRetried() {
        people.clients.put("c-1", client(PRIMARY));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rule.messagesFor(reassigned(), people))
                .isInstanceOf(UnknownRecipientException.class).hasMessageContaining("u-succ");
    }

    @Test
    void clientReassignedWithAnUnknownSponsorLeavesTheSignatureToTheCompany() {
        people.staff.put("u-succ", SUCCESSOR);
        people.clients.put("c-1", client(PRIMARY));

        assertThat(rule.messagesFor(reassigned(), people)).filteredOn(m -> m.template() == Template.CLIENT_INTRODUCTION)
                .singleElement().satisfies(m -> assertThat(m.facts()).doesNotContainKey("sponsorName"));
    }

    @Test
    void billingStatementGoesToTheBillingContactNamedInTheEvent() {
        BillingStatementIssued statement = new BillingStatementIssued("c-1", 4, "st-1", "Acme", "Bea Billing",
                "billing@client.example.com", "ru", "account manager leaves",
                List.of(new BillingStatementIssued.OpenInvoice("INV-7", LocalDate.of(2026, 12, 10),
                        new Money(new BigDecimal("1200.00"), "EUR"))),
                new Money(new BigDecimal("1200.00"), "EUR"), NOW);

        List<Message> messages = rule.messagesFor(statement, people);

        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.template()).isEqualTo(Template.BILLING_STATEMENT);
            assertThat(m.address()).isEqualTo("billing@client.example.com");
            assertThat(m.language()).isEqualTo("ru");
            assertThat(m.facts().get("invoices")).contains("INV-7").contains("1200.00 EUR");
            assertThat(m.facts()).containsEntry("totalOutstanding", "1200.00 EUR");
        });
    }

    @Test
    void billingChangeRequestAndChangeAreConfirmedToTheBillingContact() {
        people.clients.put("c-1", client(PRIMARY));
        var requested = new BillingDetailsChangeRequested("c-1", 5, "ch-1", "u-fin", "new IBAN ending 4411",
                "Bea Billing", "billing@client.example.com", "en", NOW);
        var changed = new BillingDetailsChanged("c-1", 6, "ch-1", "u-fin", "u-fin2", "new IBAN ending 4411",
                "Bea Billing", "billing@client.example.com", "xx", NOW);

        assertThat(rule.messagesFor(requested, people)).singleElement()
                .satisfies(m -> assertThat(m.template()).isEqualTo(Template.BILLING_CHANGE_REQUESTED))
                .satisfies(m -> assertThat(m.facts()).containsEntry("clientName", "Acme"));
        assertThat(rule.messagesFor(changed, people)).singleElement()
                .satisfies(m -> assertThat(m.template()).isEqualTo(Template.BILLING_CHANGED))
                .satisfies(m -> assertThat(m.language()).as("unknown language falls back").isEqualTo("en"));
    }

    @Test
    void billingEventWithoutAContactEmailSendsNothing() {
        var requested = new BillingDetailsChangeRequested("c-1", 5, "ch-1", "u-fin", "x", "Bea", " ", "en", NOW);

        assertThat(rule.messagesFor(requested, people)).isEmpty();
    }

    @Test
    void employeeDepartedSendsTheExitObligationsLetterToThePersonalEmailWithTheClauseValues() {
        List<Message> messages = rule.messagesFor(departed("alex.private@example.org"), people);

        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.template()).isEqualTo(Template.EXIT_OBLIGATIONS);
            assertThat(m.template().letter()).isEqualTo(LetterKind.EXIT_OBLIGATIONS_LETTER);
            assertThat(m.address()).isEqualTo("alex.private@example.org");
            assertThat(m.recipient().isStaff()).isFalse();
            assertThat(m.language()).isEqualTo("ru");
            assertThat(m.facts()).containsEntry("contractNumber", "HR-2024-017")
                    .containsEntry("earlyDepartureKind", "PRO_RATA").containsEntry("earlyDepartureAmount", "1500.00")
                    .containsEntry("documentUsePenalty", "20000")
                    .containsEntry("nonSolicitationMonths", "12").containsEntry("nonSolicitationAmount", "50000")
                    .containsEntry("nonSolicitationEndsOn", "2027-12-31").containsEntry("lastWorkingDay", "2026-12-31");
        });
    }

    @Test
    void employeeDepartedWithoutAPersonalEmailSendsNothing() {
        assertThat(rule.messagesFor(departed(null), people)).isEmpty();
    }

    @Test
    void suspectedBreachGoesToOwnersAndLegal() {
        people.roles.put("owner", List.of(OWNER));
        people.roles.put("legal", List.of(LEGAL));
        var breach = new NonSolicitationBreachSuspected("b-1", 1, "e-1", "u-leaver", "Alex Leaver", "c-1", "Acme",
                "w-1", "HR-2024-017", 0, 12, NonSolicitationClause.Kind.PER_CLIENT, new BigDecimal("50000"),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31), LocalDate.of(2027, 3, 1),
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), new Money(new BigDecimal("50000"), "EUR"),
                List.of("Client followed Alex Leaver"), NOW);

        List<Message> messages = rule.messagesFor(breach, people);

        assertThat(messages).extracting(m -> m.recipient().userId()).containsOnly("u-owner", "u-legal");
        assertThat(messages).hasSize(4).allMatch(m -> m.facts().get("claim").equals("50000 EUR"));
    }

    @Test
    void suspiciousAccessAndBlockedExportGoToOwnersOnly() {
        people.roles.put("owner", List.of(OWNER));
        people.roles.put("legal", List.of(LEGAL));
        var access = new SuspiciousAccessDetected("u-leaver", 2, "alex", 140, NOW.minusSeconds(3600), NOW, 50, 4.5,
                "140 clients in an hour", NOW);
        var export = new ExportBlocked("u-leaver", 3, "alex", ExportBlocked.Reason.IN_NOTICE, 500, NOW);

        assertThat(rule.messagesFor(access, people)).extracting(m -> m.recipient().userId(), Message::template)
                .containsOnly(tuple("u-owner", Template.SUSPICIOUS_ACCESS));
        assertThat(rule.messagesFor(export, people)).extracting(m -> m.recipient().userId(), Message::template)
                .containsOnly(tuple("u-owner", Template.EXPORT_BLOCKED));
    }

    @Test
    void deprovisioningFailureGoesToOwnersAndOps() {
        people.roles.put("owner", List.of(OWNER));
        people.roles.put("ops", List.of(OPS));

        assertThat(rule.messagesFor(new DeprovisioningFailed("e-1", 5, "dep-1", "u-leaver", "alex", 5, "timeout", NOW),
                people)).extracting(m -> m.recipient().userId()).containsOnly("u-owner", "u-ops");
    }

    @Test
    void eventsWithoutARuleYieldNothing() {
        people.roles.put("owner", List.of(OWNER));

        assertThat(rule.messagesFor(new TouchpointRecorded("c-1", 2, "t-1", TouchpointRecorded.Kind.CALL, "u-succ",
                NOW, false, false, NOW), people)).isEmpty();
    }

    @Test
    void everyTemplateHasEnglishAndRussianText() {
        MessageText text = new MessageText();
        for (Template template : Template.values()) {
            for (String language : List.of("en", "ru")) {
                var rendered = text.render(template, language, Map.of("clientName", "Acme <Ltd>"));
                assertThat(rendered.subject()).isNotBlank();
                assertThat(rendered.text()).isNotBlank();
                assertThat(rendered.html()).doesNotContain("<Ltd>").startsWith("<html>");
            }
        }
    }

    @Test
    void renderedTextFillsTheFactsAndEscapesThemInHtml() {
        var rendered = new MessageText().render(Template.CLIENT_HANDED_OVER, "ru",
                Map.of("recipientName", "Сэм", "clientName", "Acme & Co", "contactName", "Paul", "sponsorName", "Vera"));

        assertThat(rendered.subject()).isEqualTo("Клиент Acme & Co передан вам");
        assertThat(rendered.text()).contains("Сэм").contains("Acme & Co");
        assertThat(rendered.html()).contains("Acme &amp; Co");
    }

    private DepartureScheduled departure(String lineManager) {
        return new DepartureScheduled("e-1", 4, "dep-1", "u-leaver", "alex", "Alex Leaver", "north", lineManager,
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 31), DepartureScheduled.Reason.RESIGNATION, "u-hr",
                12, LocalDate.of(2027, 12, 31), NOW);
    }

    private ClientReassigned manuallyReassigned() {
        return new ClientReassigned("c-1", 5, "Acme", "u-leaver", "u-succ", "u-sponsor",
                ClientReassigned.Reason.MANUAL, null, null, NOW);
    }

    private ClientReassigned reassigned() {
        return new ClientReassigned("c-1", 5, "Acme", "u-leaver", "u-succ", "u-sponsor",
                ClientReassigned.Reason.DEPARTURE, "plan-1", "dep-1", NOW);
    }

    private static ClientFacts client(Person primary) {
        return new ClientFacts("c-1", "Acme", "north", "u-succ", "u-sponsor", LocalDate.of(2019, 3, 1), "ru", primary,
                null);
    }

    private static EmployeeDeparted departed(String personalEmail) {
        return new EmployeeDeparted("e-1", 6, "dep-1", "u-leaver", "alex", "Alex Leaver", personalEmail, "ru", "north",
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31),
                new EmployeeDeparted.ContractTerms("HR-2024-017", 1, "EUR",
                        new EarlyDepartureClause(EarlyDepartureClause.Kind.PRO_RATA, null, new BigDecimal("1500.00")),
                        new DocumentUseClause(new BigDecimal("20000")),
                        new NonSolicitationClause(12, NonSolicitationClause.Kind.PER_CLIENT, new BigDecimal("50000"))),
                NOW);
    }

    /** The projections, in memory. */
    static final class FakeRecipients implements Recipients {
        final Map<String, List<Person>> roles = new HashMap<>();
        final Map<String, List<Person>> teamLeads = new HashMap<>();
        final Map<String, Person> staff = new HashMap<>();
        final Map<String, ClientFacts> clients = new HashMap<>();
        final Map<String, ClientLoad> loads = new HashMap<>();
        final Map<String, String> teams = new HashMap<>();

        @Override
        public List<Person> withRole(String role) {
            return new ArrayList<>(roles.getOrDefault(role, List.of()));
        }

        @Override
        public Optional<Person> staff(String userId) {
            return Optional.ofNullable(staff.get(userId));
        }

        @Override
        public Optional<String> teamOf(String userId) {
            return Optional.ofNullable(teams.get(userId));
        }

        @Override
        public List<Person> teamLeads(String team) {
            return teamLeads.getOrDefault(team, List.of());
        }

        @Override
        public Optional<ClientFacts> client(String clientId) {
            return Optional.ofNullable(clients.get(clientId));
        }

        @Override
        public ClientLoad load(String accountManagerUserId) {
            return loads.getOrDefault(accountManagerUserId, new ClientLoad(0, 0));
        }
    }
}
