package io.holdfast.clients.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.holdfast.clients.HrEvents;
import io.holdfast.clients.TestData;
import io.holdfast.contracts.EventSchemas;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.ClientChurned;
import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.ClientReassigned;
import io.holdfast.contracts.crm.ClientRegistered;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Clients and contacts: registration, events, duplicates, bad input and object-level access on every endpoint. */
@HoldfastIntegrationTest
class ClientIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    final String owner = TestTokens.withRoles("owner");

    static String clientJson(String name, String taxId, String team, String managerUserId, String contacts) {
        return """
                {"name":"%s","taxId":"%s","segment":"ENTERPRISE","team":"%s","accountManagerUserId":"%s",
                 "executiveSponsorUserId":"%s","clientSince":"2020-01-15","yearlyRevenue":"120000.00","currency":"EUR",
                 "language":"en","contacts":[%s]}
                """.formatted(name, taxId, team, managerUserId, UUID.randomUUID(), contacts);
    }

    static final String BILLING_CONTACT = """
            {"name":"Bill Payer","role":"CFO","email":"bill@acme-corp.example.com","phone":"+49 30 1234567","primary":false,"billing":true}""";
    static final String PRIMARY_CONTACT = """
            {"name":"Paula Prime","role":"CEO","email":"paula@gmail.com","primary":true,"billing":false}""";

    String register(String token, String name, String team, String manager) throws Exception {
        return io.holdfast.clients.TestData.register(mvc, token, clientJson(name, "TX-" + UUID.randomUUID().toString().substring(0, 12),
                team, manager, PRIMARY_CONTACT + "," + BILLING_CONTACT));
    }

    @Test
    void registeringAClientPublishesClientRegisteredWithBillingContactsThatMatchesTheSchema() throws Exception {
        String manager = UUID.randomUUID().toString();
        String id = register(owner, "Acme Registered GmbH", "north", manager);

        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_CLIENTS)) {
            List<ConsumerRecord<String, String>> seen = probe.until(
                    r -> r.stream().anyMatch(x -> x.key().equals(id)), Duration.ofSeconds(20));
            ConsumerRecord<String, String> record = seen.stream().filter(x -> x.key().equals(id)).findFirst().orElseThrow();
            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("io.holdfast.crm.ClientRegistered.v1");
            assertThat(EventSchemas.validate(ClientRegistered.class, record.value())).isEmpty();
            ClientRegistered event = EventJson.read(record.value(), ClientRegistered.class);
            assertThat(event.aggregateVersion()).isEqualTo(1);
            assertThat(event.accountManagerUserId()).isEqualTo(manager);
            assertThat(event.yearlyRevenue().amount()).isEqualByComparingTo("120000.00");
            assertThat(event.contacts()).anySatisfy(c -> {
                assertThat(c.billing()).isTrue();
                assertThat(c.email()).isEqualTo("bill@acme-corp.example.com");
            });
        }
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'client.registered' and target_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSecondClientWithTheSameTaxIdIsRefusedWithAClearConflict() throws Exception {
        String json = clientJson("Twice Ltd", "DUP-12345", "north", UUID.randomUUID().toString(), "");
        mvc.perform(post("/api/clients").header("Authorization", "Bearer " + owner)
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated());
        mvc.perform(post("/api/clients").header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON).content(json.replace("DUP-12345", "dup-12345")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("duplicate-tax-id"));
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() throws Exception {
        String manager = UUID.randomUUID().toString();
        mvc.perform(post("/api/clients").header("Authorization", "Bearer " + owner).contentType(MediaType.APPLICATION_JSON)
                        .content(clientJson("", "TX-1", "north", manager, "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/clients").header("Authorization", "Bearer " + owner).contentType(MediaType.APPLICATION_JSON)
                        .content(clientJson("Bad Mail", "TX-2", "north", manager,
                                "{\"name\":\"X\",\"email\":\"not-an-email\",\"primary\":false,\"billing\":false}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contacts[0].email"));
        mvc.perform(post("/api/clients").header("Authorization", "Bearer " + owner).contentType(MediaType.APPLICATION_JSON)
                        .content(clientJson("Bad Manager", "TX-3", "north", "not-a-uuid", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accountManagerUserId"));
        mvc.perform(post("/api/clients").header("Authorization", "Bearer " + owner).contentType(MediaType.APPLICATION_JSON)
                        .content(clientJson("Unknown Field", "TX-4", "north", manager, "").replace("{\"name\"", "{\"hack\":1,\"name\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/clients").param("limit", "1000").header("Authorization", "Bearer " + owner))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/clients").param("after", "garbage!").header("Authorization", "Bearer " + owner))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from client where name in ('Bad Mail','Bad Manager','Unknown Field')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAccountManagerReachesOnlyTheirOwnClientsAndAnotherClientIs404OnEveryEndpoint() throws Exception {
        String alice = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        String aliceToken = TestTokens.token(alice, "alice", "account-manager");
        String bobToken = TestTokens.token(bob, "bob", "account-manager");
        String aliceClient = register(aliceToken, "Alice Own Co", "east", alice);
        String bobClient = register(owner, "Bob Own Co", "east", bob);
        String contactId = EventJson.mapper().readTree(mvc.perform(get("/api/clients/" + bobClient + "/contacts")
                .header("Authorization", "Bearer " + bobToken)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get(0).get("id").asString();

        mvc.perform(get("/api/clients/" + aliceClient).header("Authorization", "Bearer " + aliceToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.taxId").exists());
        // an account manager cannot register a client for someone else
        mvc.perform(post("/api/clients").header("Authorization", "Bearer " + aliceToken)
                        .contentType(MediaType.APPLICATION_JSON).content(clientJson("For Bob", "TX-FB1", "east", bob, "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accountManagerUserId"));

        String change = """
                {"name":"Stolen","segment":"SMB","executiveSponsorUserId":"%s","yearlyRevenue":"1.00","currency":"EUR"}
                """.formatted(UUID.randomUUID());
        String contact = """
                {"name":"Mole","email":"mole@example.com","primary":false,"billing":false}""";
        List<MockHttpServletRequestBuilder> foreign = List.of(
                get("/api/clients/" + bobClient),
                put("/api/clients/" + bobClient).contentType(MediaType.APPLICATION_JSON).content(change),
                get("/api/clients/" + bobClient + "/contacts"),
                post("/api/clients/" + bobClient + "/contacts").contentType(MediaType.APPLICATION_JSON).content(contact),
                put("/api/clients/" + bobClient + "/contacts/" + contactId).contentType(MediaType.APPLICATION_JSON).content(contact),
                delete("/api/clients/" + bobClient + "/contacts/" + contactId));
        for (MockHttpServletRequestBuilder request : foreign) {
            mvc.perform(request.header("Authorization", "Bearer " + aliceToken))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Bob Own Co"))));
        }
        mvc.perform(get("/api/clients").header("Authorization", "Bearer " + aliceToken))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("Alice Own Co"))));
        assertThat(jdbc.sql("select name from client where id = :id").param("id", UUID.fromString(bobClient))
                .query(String.class).single()).isEqualTo("Bob Own Co");
        assertThat(jdbc.sql("select count(*) from contact where client_id = :id").param("id", UUID.fromString(bobClient))
                .query(Long.class).single()).isEqualTo(2);
        // no role that reads clients at all
        mvc.perform(get("/api/clients/" + aliceClient).header("Authorization", "Bearer " + TestTokens.withRoles("ops")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTeamLeadReachesTheClientsOfTheTeamLearnedFromHrEvents() throws Exception {
        String lead = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(UUID.randomUUID().toString(), lead, "lena", "west", "team-lead"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from employee where user_id = :u")
                .param("u", lead).query(Long.class).single() == 1);
        String leadToken = TestTokens.token(lead, "lena", "team-lead");
        String westClient = register(owner, "West Team Client", "west", UUID.randomUUID().toString());
        String southClient = register(owner, "South Team Client", "south", UUID.randomUUID().toString());

        mvc.perform(get("/api/clients/" + westClient).header("Authorization", "Bearer " + leadToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("West Team Client"))
                // the people on a client by name, from the employee projection; a sponsor hr never told us of has none
                .andExpect(jsonPath("$.executiveSponsorName").value(org.hamcrest.Matchers.nullValue()));
        jdbc.sql("update client set account_manager_user_id = :u where id = cast(:c as uuid)").param("u", lead)
                .param("c", westClient).update();
        mvc.perform(get("/api/clients/" + westClient).header("Authorization", "Bearer " + leadToken))
                .andExpect(jsonPath("$.accountManagerUserId").value(lead))
                .andExpect(jsonPath("$.accountManagerName").value("Full lena"));
        mvc.perform(get("/api/clients/" + southClient).header("Authorization", "Bearer " + leadToken))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/clients/" + westClient).header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"West Team Client AG","segment":"SMB","executiveSponsorUserId":"%s","yearlyRevenue":"5000.00","currency":"EUR"}
                                """.formatted(UUID.randomUUID())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("West Team Client AG"));
        mvc.perform(get("/api/clients").param("team", "south").header("Authorization", "Bearer " + leadToken))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void onlyTheOwnerOrTeamLeadChangesTheSponsorNeverToTheManagerAndEveryChangeIsPublished() throws Exception {
        String manager = UUID.randomUUID().toString();
        String token = TestTokens.token(manager, "sam", "account-manager");
        String sponsor = UUID.randomUUID().toString();
        String body = clientJson("Sponsored Co", "TX-" + UUID.randomUUID().toString().substring(0, 12), "north", manager,
                PRIMARY_CONTACT).replaceFirst("\"executiveSponsorUserId\":\"[^\"]+\"",
                "\"executiveSponsorUserId\":\"" + sponsor + "\"");
        // registered with himself as sponsor: refused
        mvc.perform(post("/api/clients").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"executiveSponsorUserId\":\"" + sponsor, "\"executiveSponsorUserId\":\"" + manager)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("executiveSponsorUserId"));
        String id = io.holdfast.clients.TestData.register(mvc, token, body);
        String change = "{\"name\":\"%s\",\"segment\":\"SMB\",\"executiveSponsorUserId\":\"%s\",\"yearlyRevenue\":\"9.00\",\"currency\":\"EUR\"}";

        // the manager makes himself (or anyone) the sponsor: refused and audited
        long refused = jdbc.sql("select count(*) from audit_log where action = 'client.sponsor-change-refused'")
                .query(Long.class).single();
        mvc.perform(put("/api/clients/" + id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted("Sponsored Co", manager)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("SPONSOR_CHANGE_NOT_ALLOWED"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'client.sponsor-change-refused'")
                .query(Long.class).single()).isEqualTo(refused + 1);
        // his other edits pass
        mvc.perform(put("/api/clients/" + id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted("Sponsored Co AG", sponsor)))
                .andExpect(status().isOk());
        // the owner cannot make the manager the sponsor either, but can name someone else
        mvc.perform(put("/api/clients/" + id).header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted("Sponsored Co AG", manager)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("executiveSponsorUserId"));
        String newSponsor = UUID.randomUUID().toString();
        mvc.perform(put("/api/clients/" + id).header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON).content(change.formatted("Sponsored Co AG", newSponsor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.executiveSponsorUserId").value(newSponsor));

        // each accepted change is a ClientUpdated the other services follow; the refused ones are not
        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_CLIENTS)) {
            List<io.holdfast.contracts.crm.ClientUpdated> updates = probe.allPublishedBy(jdbc).stream()
                    .filter(r -> r.key().equals(id) && "io.holdfast.crm.ClientUpdated.v1".equals(TopicProbe.header(r, "ce_type")))
                    .peek(r -> assertThat(EventSchemas.validate(io.holdfast.contracts.crm.ClientUpdated.class, r.value())).isEmpty())
                    .map(r -> EventJson.read(r.value(), io.holdfast.contracts.crm.ClientUpdated.class)).toList();
            assertThat(updates).hasSize(2);
            assertThat(updates.getFirst().clientName()).isEqualTo("Sponsored Co AG");
            assertThat(updates.getFirst().executiveSponsorUserId()).isEqualTo(sponsor);
            assertThat(updates.get(1).previousExecutiveSponsorUserId()).isEqualTo(sponsor);
            assertThat(updates.get(1).executiveSponsorUserId()).isEqualTo(newSponsor);
            assertThat(updates.get(1).aggregateVersion()).isGreaterThan(updates.getFirst().aggregateVersion());
            assertThat(updates.get(1).yearlyRevenue().amount()).isEqualByComparingTo("9.00");
        }
    }

    @Test
    void financeReadsOnlyNamesAndBillingContacts() throws Exception {
        String id = register(owner, "Finance View Co", "north", UUID.randomUUID().toString());
        String finance = TestTokens.withRoles("finance");
        mvc.perform(get("/api/clients/" + id).header("Authorization", "Bearer " + finance))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Finance View Co"))
                .andExpect(jsonPath("$.taxId").doesNotExist())
                .andExpect(jsonPath("$.billingContacts", hasSize(1)))
                .andExpect(jsonPath("$.billingContacts[0].email").value("bill@acme-corp.example.com"));
        mvc.perform(get("/api/clients/" + id + "/contacts").header("Authorization", "Bearer " + finance))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].billing").value(true));
        mvc.perform(get("/api/clients").param("q", "finance view").header("Authorization", "Bearer " + finance))
                .andExpect(jsonPath("$.items[0].name").value("Finance View Co"))
                .andExpect(jsonPath("$.items[0].yearlyRevenue").doesNotExist());
        mvc.perform(put("/api/clients/" + id).header("Authorization", "Bearer " + finance)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"X","segment":"SMB","executiveSponsorUserId":"%s","yearlyRevenue":"1.00","currency":"EUR"}
                                """.formatted(UUID.randomUUID())))
                .andExpect(status().isForbidden());
    }

    @Test
    void hrAndLegalSeeTheClientsOfADepartingManagerOnly() throws Exception {
        String leaver = UUID.randomUUID().toString();
        String employeeId = UUID.randomUUID().toString();
        String leaving = register(owner, "Leaving Manager Client", "north", leaver);
        String staying = register(owner, "Staying Manager Client", "north", UUID.randomUUID().toString());
        String hr = TestTokens.withRoles("hr");
        mvc.perform(get("/api/clients/" + leaving).header("Authorization", "Bearer " + hr)).andExpect(status().isNotFound());

        HrEvents.send(kafka, HrEvents.hired(employeeId, leaver, "leaver", "north", "account-manager"));
        HrEvents.send(kafka, HrEvents.departure(employeeId, leaver, UUID.randomUUID().toString(), "north"));
        await().atMost(Duration.ofSeconds(20)).until(() -> "NOTICE_GIVEN".equals(jdbc.sql(
                "select status from employee where user_id = :u").param("u", leaver).query(String.class).optional().orElse(null)));

        mvc.perform(get("/api/clients/" + leaving).header("Authorization", "Bearer " + hr)).andExpect(status().isOk());
        // nobody registers a new client for a leaver
        mvc.perform(post("/api/clients").header("Authorization", "Bearer " + owner).contentType(MediaType.APPLICATION_JSON)
                        .content(clientJson("For The Leaver", "TX-LEAVER-1", "north", leaver, "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("accountManagerUserId"));
        mvc.perform(get("/api/clients/" + leaving).header("Authorization", "Bearer " + TestTokens.withRoles("legal")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/clients/" + staying).header("Authorization", "Bearer " + hr)).andExpect(status().isNotFound());
        mvc.perform(post("/api/clients/" + leaving + "/contacts").header("Authorization", "Bearer " + hr)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"email\":\"x@example.com\",\"primary\":false,\"billing\":false}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void contactsOnFreeMailOrOnTheManagersOwnDomainAreFlaggedAndChangesPublishTheFullList() throws Exception {
        String manager = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(UUID.randomUUID().toString(), manager, "maxm", "north", "account-manager"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from employee where user_id = :u")
                .param("u", manager).query(Long.class).single() == 1);
        String token = TestTokens.token(manager, "maxm", "account-manager");
        String id = register(token, "Flag Co", "north", manager);
        mvc.perform(post("/api/clients/" + id + "/contacts").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Side Channel\",\"email\":\"side@holdfast.example.com\",\"primary\":true,\"billing\":false}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.flag").value("ACCOUNT_MANAGER_DOMAIN"));
        mvc.perform(get("/api/clients/" + id).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.contacts[?(@.email == 'paula@gmail.com')].flag").value("FREE_MAIL"))
                .andExpect(jsonPath("$.contacts[?(@.email == 'paula@gmail.com')].primary").value(false))
                .andExpect(jsonPath("$.contacts[?(@.email == 'bill@acme-corp.example.com')].flag").value(
                        org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));
        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_CLIENTS)) {
            List<ConsumerRecord<String, String>> seen = probe.until(r -> r.stream().anyMatch(x -> x.key().equals(id)
                    && "io.holdfast.crm.ClientContactsChanged.v1".equals(TopicProbe.header(x, "ce_type"))), Duration.ofSeconds(20));
            ConsumerRecord<String, String> changed = seen.stream().filter(x -> x.key().equals(id)
                    && "io.holdfast.crm.ClientContactsChanged.v1".equals(TopicProbe.header(x, "ce_type"))).findFirst().orElseThrow();
            assertThat(EventSchemas.validate(ClientContactsChanged.class, changed.value())).isEmpty();
            ClientContactsChanged event = EventJson.read(changed.value(), ClientContactsChanged.class);
            assertThat(event.aggregateVersion()).isEqualTo(2);
            assertThat(event.contacts()).hasSize(3);
        }
    }

    @Test
    void searchFiltersAndPagesWithAKeysetCursor() throws Exception {
        String manager = UUID.randomUUID().toString();
        for (String name : List.of("Page A", "Page B", "Page C", "Page D", "Page E")) {
            register(owner, name, "paging", manager);
        }
        String first = mvc.perform(get("/api/clients").param("team", "paging").param("limit", "2")
                        .header("Authorization", "Bearer " + owner))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Page A", "Page B")))
                .andReturn().getResponse().getContentAsString();
        String next = EventJson.mapper().readTree(first).get("next").asString();
        String second = mvc.perform(get("/api/clients").param("team", "paging").param("limit", "2").param("after", next)
                        .header("Authorization", "Bearer " + owner))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Page C", "Page D")))
                .andReturn().getResponse().getContentAsString();
        String third = EventJson.mapper().readTree(second).get("next").asString();
        mvc.perform(get("/api/clients").param("team", "paging").param("limit", "2").param("after", third)
                        .header("Authorization", "Bearer " + owner))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Page E")))
                .andExpect(jsonPath("$.next").doesNotExist());
        mvc.perform(get("/api/clients").param("q", "page c").param("managerUserId", manager)
                        .param("status", "ACTIVE").header("Authorization", "Bearer " + owner))
                .andExpect(jsonPath("$.items", hasSize(1)));
    }

    ConsumerRecord<String, String> awaitClientEvent(String type, String key) {
        return TestData.event(brokers, Topics.CRM_CLIENTS, type, key);
    }

    /** An account manager hr has told client-service of: the only kind of person clients can move to. */
    String hiredAccountManager(String team) {
        String userId = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(UUID.randomUUID().toString(), userId, "am" + userId.substring(0, 6), team,
                "account-manager"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from employee where user_id = :u")
                .param("u", userId).query(Long.class).single() == 1);
        return userId;
    }

    @Test
    void aReassignmentToSomeoneHrNeverHiredOrWhoHoldsNoClientsIs400() throws Exception {
        String id = register(owner, "Real Successors Co", "north", UUID.randomUUID().toString());
        String clerk = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(UUID.randomUUID().toString(), clerk, "cleo", "finance", "finance"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from employee where user_id = :u")
                .param("u", clerk).query(Long.class).single() == 1);
        mvc.perform(post("/api/clients/" + id + "/reassign").header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toUserId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toUserId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("not an employee")));
        mvc.perform(post("/api/clients/" + id + "/reassign").header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toUserId\":\"" + clerk + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("no role that holds clients")));
    }

    @Test
    void aTeamLeadReassignsATeamClientByHandAndOnlyToSomeoneWhoStays() throws Exception {
        String lead = UUID.randomUUID().toString();
        String leaving = UUID.randomUUID().toString();
        String leavingEmployee = UUID.randomUUID().toString();
        HrEvents.send(kafka, HrEvents.hired(UUID.randomUUID().toString(), lead, "gina", "green", "team-lead"));
        HrEvents.send(kafka, HrEvents.hired(leavingEmployee, leaving, "lars", "green", "account-manager"));
        HrEvents.send(kafka, HrEvents.departure(leavingEmployee, leaving, UUID.randomUUID().toString(), "green"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from employee where (user_id = :a) or (user_id = :b and status = 'NOTICE_GIVEN')")
                .param("a", lead).param("b", leaving).query(Long.class).single() == 2);
        String leadToken = TestTokens.token(lead, "gina", "team-lead");
        String from = UUID.randomUUID().toString();
        String to = hiredAccountManager("green");
        String green = register(owner, "Green Manual Co", "green", from);
        String other = register(owner, "Grey Manual Co", "grey", from);

        mvc.perform(post("/api/clients/" + green + "/reassign").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toUserId\":\"" + leaving + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toUserId"));
        mvc.perform(post("/api/clients/" + other + "/reassign").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toUserId\":\"" + to + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/clients/" + green + "/reassign").header("Authorization", "Bearer " + TestTokens.token(from, "x", "account-manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toUserId\":\"" + to + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/clients/" + green + "/reassign").header("Authorization", "Bearer " + leadToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toUserId\":\"" + to + "\",\"note\":\"better fit\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reassigned[0]").value(green));

        ClientReassigned event = EventJson.read(awaitClientEvent("io.holdfast.crm.ClientReassigned.v1", green).value(),
                ClientReassigned.class);
        assertThat(event.reason()).isEqualTo(ClientReassigned.Reason.MANUAL);
        assertThat(event.fromUserId()).isEqualTo(from);
        assertThat(event.toUserId()).isEqualTo(to);
        assertThat(event.planId()).isNull();
        assertThat(EventSchemas.validate(ClientReassigned.class, EventJson.write(event))).isEmpty();
    }

    @Test
    void aBulkReassignmentIsAllOrNothing() throws Exception {
        String from = UUID.randomUUID().toString();
        String to = hiredAccountManager("bulk");
        String a = register(owner, "Bulk A", "bulk", from);
        String b = register(owner, "Bulk B", "bulk", from);
        mvc.perform(post("/api/clients/reassign").header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toUserId\":\"" + to + "\",\"clientIds\":[\"" + a + "\",\"" + UUID.randomUUID() + "\"]}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select account_manager_user_id from client where id = :id").param("id", UUID.fromString(a))
                .query(String.class).single()).isEqualTo(from);
        mvc.perform(post("/api/clients/reassign").header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toUserId\":\"" + to + "\",\"clientIds\":[\"" + a + "\",\"" + b + "\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reassigned", hasSize(2)));
        mvc.perform(post("/api/clients/reassign").header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toUserId\":\"" + to + "\",\"clientIds\":[]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("clientIds"));
    }

    @Test
    void anAccountManagerMarksTheirClientLostOnceAndClientChurnedCarriesWhereItWent() throws Exception {
        String manager = UUID.randomUUID().toString();
        String token = TestTokens.token(manager, "carla", "account-manager");
        String id = register(token, "Churning Co", "north", manager);
        String foreign = register(owner, "Not Carlas Co", "north", UUID.randomUUID().toString());
        String body = "{\"reason\":\"price\",\"competitor\":\"Rival Ltd\",\"wentTo\":\"former employee\"}";
        mvc.perform(post("/api/clients/" + foreign + "/churn").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isNotFound());
        mvc.perform(post("/api/clients/" + id + "/churn").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        // back-dated past the limit (30 days), so that it would fall before a departure: refused
        mvc.perform(post("/api/clients/" + id + "/churn").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("}",
                                ",\"churnedOn\":\"" + java.time.LocalDate.now().minusDays(31) + "\"}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("churnedOn"));
        mvc.perform(post("/api/clients/" + id + "/churn").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CHURNED"));
        mvc.perform(post("/api/clients/" + id + "/churn").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("already-churned"));
        mvc.perform(post("/api/clients/" + id + "/reassign").header("Authorization", "Bearer " + owner)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"toUserId\":\"" + hiredAccountManager("north") + "\"}"))
                .andExpect(status().isConflict());
        ConsumerRecord<String, String> record = awaitClientEvent("io.holdfast.crm.ClientChurned.v1", id);
        assertThat(EventSchemas.validate(ClientChurned.class, record.value())).isEmpty();
        ClientChurned churned = EventJson.read(record.value(), ClientChurned.class);
        assertThat(churned.competitor()).isEqualTo("Rival Ltd");
        assertThat(churned.accountManagerUserId()).isEqualTo(manager);
        // after the registration (1); a risk recalculation may have announced a band in between
        assertThat(churned.aggregateVersion()).isGreaterThanOrEqualTo(2);
    }
}
