package io.holdfast.clients.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.crm.ClientContactsChanged;
import io.holdfast.contracts.crm.Contact;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.test.HoldfastIntegrationTest;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A leaver deletes a contact or points it at himself: the company keeps every version and can bring it back. */
@HoldfastIntegrationTest
class ContactHistoryIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    final String owner = "Bearer " + TestTokens.withRoles("owner");
    final JsonMapper json = JsonMapper.builder().build();

    JsonNode getJson(String token, String url) throws Exception {
        return json.readTree(mvc.perform(get(url).header("Authorization", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void aChangedOrRemovedContactKeepsEveryVersionAndTheOwnerRestoresIt() throws Exception {
        String manager = UUID.randomUUID().toString();
        String leaverToken = TestTokens.token(manager, "leo", "account-manager");
        String leaver = "Bearer " + leaverToken;
        String id = io.holdfast.clients.TestData.register(mvc, leaverToken, ClientIT.clientJson("Kept Contacts Co",
                "TX-" + UUID.randomUUID().toString().substring(0, 12), "north", manager,
                "{\"name\":\"Paula Prime\",\"role\":\"CEO\",\"email\":\"paula@kept-contacts.example.com\",\"primary\":true,\"billing\":false},"
                        + ClientIT.BILLING_CONTACT));
        String contacts = "/api/clients/" + id + "/contacts";
        String paula = getJson(leaver, contacts).valueStream()
                .filter(c -> c.get("name").asString().equals("Paula Prime")).findFirst().orElseThrow().get("id").asString();

        // he points the primary contact at a private address, then removes it
        mvc.perform(put(contacts + "/" + paula).header("Authorization", leaver).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Paula Prime\",\"role\":\"CEO\",\"email\":\"leo.private@example.org\",\"primary\":true,\"billing\":false}"))
                .andExpect(status().isOk());
        mvc.perform(delete(contacts + "/" + paula).header("Authorization", leaver)).andExpect(status().isNoContent());
        mvc.perform(get(contacts).header("Authorization", leaver)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem(paula))));
        // a second removal finds nothing live to remove
        mvc.perform(delete(contacts + "/" + paula).header("Authorization", leaver)).andExpect(status().isNotFound());

        // nothing is lost: the row, and every version with who and when
        assertThat(jdbc.sql("select count(*) from contact where id = :c and archived_at is not null")
                .param("c", UUID.fromString(paula)).query(Long.class).single()).isEqualTo(1);
        JsonNode history = getJson(owner, contacts + "/" + paula + "/history");
        assertThat(history.valueStream().map(v -> v.get("change").asString()).toList())
                .containsExactly("ADDED", "CHANGED", "ARCHIVED");
        assertThat(history.get(0).get("email").asString()).isEqualTo("paula@kept-contacts.example.com");
        assertThat(history.get(1).get("email").asString()).isEqualTo("leo.private@example.org");
        assertThat(history.get(1).get("changedBy").asString()).isEqualTo("leo");
        assertThat(history.get(2).get("changedAt").isNull()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'client.contact-archived' and target_id = :c")
                .param("c", id).query(Long.class).single()).isEqualTo(1);

        // only the owner or the team's lead sees the archive and restores
        mvc.perform(post(contacts + "/" + paula + "/restore").header("Authorization", leaver)).andExpect(status().isForbidden());
        mvc.perform(get(contacts + "/archived").header("Authorization", leaver)).andExpect(status().isForbidden());
        mvc.perform(get(contacts + "/" + paula + "/history").header("Authorization", "Bearer " + TestTokens.withRoles("finance")))
                .andExpect(status().isForbidden());
        mvc.perform(get(contacts + "/" + UUID.randomUUID() + "/history").header("Authorization", owner))
                .andExpect(status().isNotFound());
        mvc.perform(get(contacts + "/archived").header("Authorization", owner)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(paula));
        mvc.perform(post(contacts + "/" + paula + "/restore").header("Authorization", owner)).andExpect(status().isOk());
        mvc.perform(post(contacts + "/" + paula + "/restore").header("Authorization", owner)).andExpect(status().isNotFound());
        mvc.perform(get(contacts).header("Authorization", owner)).andExpect(jsonPath("$[*].id", hasItem(paula)));
        assertThat(getJson(owner, contacts + "/" + paula + "/history").valueStream().map(v -> v.get("change").asString())
                .toList()).containsExactly("ADDED", "CHANGED", "ARCHIVED", "RESTORED");

        // the other services follow: the last contact list published holds the restored contact again
        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_CLIENTS)) {
            List<ClientContactsChanged> changes = probe.allPublishedBy(jdbc).stream()
                    .filter(r -> r.key().equals(id) && "io.holdfast.crm.ClientContactsChanged.v1".equals(TopicProbe.header(r, "ce_type")))
                    .map(r -> EventJson.read(r.value(), ClientContactsChanged.class)).toList();
            assertThat(changes).hasSize(3);
            assertThat(changes.get(1).contacts()).extracting(Contact::contactId).doesNotContain(paula);
            assertThat(changes.get(2).contacts()).extracting(Contact::contactId).contains(paula);
        }
    }

    @Test
    void aClientKeepsAtMostFiftyLiveContactsSoItsContactListEventStaysSmall() throws Exception {
        String manager = UUID.randomUUID().toString();
        String token = TestTokens.token(manager, "cap", "account-manager");
        StringBuilder fifty = new StringBuilder();
        for (int i = 0; i < ClientApi.MAX_CONTACTS - 1; i++) {
            fifty.append("{\"name\":\"Person ").append(i).append("\",\"email\":\"p").append(i)
                    .append("@capped.example.com\",\"primary\":").append(i == 0).append(",\"billing\":false},");
        }
        String id = io.holdfast.clients.TestData.register(mvc, token, ClientIT.clientJson("Capped Contacts Co",
                "TX-" + UUID.randomUUID().toString().substring(0, 12), "north", manager,
                fifty + ClientIT.BILLING_CONTACT));
        String contacts = "/api/clients/" + id + "/contacts";
        String extra = "{\"name\":\"One Too Many\",\"email\":\"extra@capped.example.com\",\"primary\":false,\"billing\":false}";

        // registration beyond the cap is refused by validation; adding the 51st is refused with a clear reason
        mvc.perform(post(contacts).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content(extra)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("too-many-contacts"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at most 50 contacts")));
        assertThat(getJson(owner, contacts).size()).isEqualTo(ClientApi.MAX_CONTACTS);

        // archiving one makes room; restoring it while the list is full again is refused the same way
        String first = getJson(owner, contacts).get(1).get("id").asString();
        mvc.perform(delete(contacts + "/" + first).header("Authorization", owner)).andExpect(status().isNoContent());
        mvc.perform(post(contacts).header("Authorization", owner).contentType(MediaType.APPLICATION_JSON).content(extra))
                .andExpect(status().isCreated());
        mvc.perform(post(contacts + "/" + first + "/restore").header("Authorization", owner))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("too-many-contacts"));
        assertThat(getJson(owner, contacts).size()).isEqualTo(ClientApi.MAX_CONTACTS);
    }

    @Autowired
    org.springframework.kafka.core.KafkaTemplate<String, String> kafka;

    @Test
    void pointingAContactAtAPrivateAddressIsRefusedAndAlertedButTheOwnerMay() throws Exception {
        String manager = UUID.randomUUID().toString();
        String username = "pia" + manager.substring(0, 6);
        io.holdfast.clients.HrEvents.send(kafka, io.holdfast.clients.HrEvents.hired(UUID.randomUUID().toString(), manager,
                username, "north", "account-manager"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from employee where user_id = :u and personal_email is not null").param("u", manager)
                .query(Long.class).single() == 1);
        String token = TestTokens.token(manager, username, "account-manager");
        String id = io.holdfast.clients.TestData.register(mvc, token, ClientIT.clientJson("Private Mail Co",
                "TX-" + UUID.randomUUID().toString().substring(0, 12), "north", manager,
                "{\"name\":\"Carl Client\",\"role\":\"CEO\",\"email\":\"carl@private-mail-co.example.com\",\"primary\":true,\"billing\":false}"));
        String contacts = "/api/clients/" + id + "/contacts";
        String carl = getJson("Bearer " + token, contacts).get(0).get("id").asString();
        String change = "{\"name\":\"Carl Client\",\"role\":\"CEO\",\"email\":\"%s\",\"primary\":true,\"billing\":false}";

        try (TopicProbe probe = new TopicProbe(brokers, Topics.CRM_ACCESS)) {
            // his own private address (as hr knows it), a free-mail one, or a new contact on his work address: refused
            for (String email : List.of(username + "@example.org", "carl.private@gmail.com")) {
                mvc.perform(put(contacts + "/" + carl).header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON).content(change.formatted(email)))
                        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("CONTACT_EMAIL_PRIVATE"));
            }
            mvc.perform(post(contacts).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"Me\",\"email\":\"" + username.toUpperCase() + "@holdfast.example.com\",\"primary\":false,\"billing\":false}"))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("CONTACT_EMAIL_PRIVATE"));
            assertThat(getJson(owner, contacts).get(0).get("email").asString()).isEqualTo("carl@private-mail-co.example.com");
            assertThat(getJson(owner, contacts).size()).isEqualTo(1);

            // each attempt is audited and alerted, and the alerts survive the refusals' rollback
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'client.contact-email-refused' and target_id = :c")
                    .param("c", id).query(Long.class).single()).isEqualTo(3);
            List<io.holdfast.contracts.crm.SuspiciousAccessDetected> alerts = probe.allPublishedBy(jdbc).stream()
                    .filter(r -> r.key().equals(manager))
                    .peek(r -> assertThat(io.holdfast.contracts.EventSchemas.validate(
                            io.holdfast.contracts.crm.SuspiciousAccessDetected.class, r.value())).isEmpty())
                    .map(r -> EventJson.read(r.value(), io.holdfast.contracts.crm.SuspiciousAccessDetected.class)).toList();
            assertThat(alerts).hasSize(3).allSatisfy(a -> assertThat(a.reasonCode())
                    .isEqualTo(io.holdfast.contracts.crm.SuspiciousAccessDetected.ReasonCode.CONTACT_EMAIL_PRIVATE));
        }

        // the owner may (a client who really uses free mail), and a business address stays free for everyone
        mvc.perform(put(contacts + "/" + carl).header("Authorization", owner).contentType(MediaType.APPLICATION_JSON)
                .content(change.formatted("carl.private@gmail.com"))).andExpect(status().isOk());
        mvc.perform(put(contacts + "/" + carl).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(change.formatted("carl@new-office.example.com"))).andExpect(status().isOk());
    }
}
