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
}
