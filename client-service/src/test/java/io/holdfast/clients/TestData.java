package io.holdfast.clients;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

import io.holdfast.kit.test.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data straight into the database, and waiting for what the service published. */
public final class TestData {

    private TestData() {
    }

    /** Clients of one manager, with names {@code prefix 0 .. prefix n-1}, faster than through the API. */
    public static List<UUID> clients(JdbcClient jdbc, String managerUserId, String team, String prefix, int count,
            IntFunction<BigDecimal> revenue) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    insert into client (id, name, tax_id, segment, status, team, account_manager_user_id,
                      executive_sponsor_user_id, client_since, yearly_revenue, currency, language)
                    values (:id, :name, :tax, 'SMB', 'ACTIVE', :team, :m, :s, date '2021-01-01', :rev, 'EUR', 'en')
                    """).param("id", id).param("name", prefix + " " + i).param("tax", "T-" + id).param("team", team)
                    .param("m", managerUserId).param("s", UUID.randomUUID().toString()).param("rev", revenue.apply(i))
                    .update();
            ids.add(id);
        }
        return ids;
    }

    /** Registers a client through the API as the token's holder (expects 201) and returns its id. */
    public static String register(org.springframework.test.web.servlet.MockMvc mvc, String token, String clientJson)
            throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/clients")
                        .header("Authorization", "Bearer " + token)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(clientJson))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return io.holdfast.kit.EventJson.mapper().readTree(body).get("id").asString();
    }

    /** The events of this type and key on the topic, once at least {@code count} have arrived (20 s at most). */
    public static List<ConsumerRecord<String, String>> events(String brokers, String topic, String type, String key,
            int count) {
        try (TopicProbe probe = new TopicProbe(brokers, topic)) {
            return probe.until(r -> r.stream().filter(x -> matches(x, type, key)).count() >= count, Duration.ofSeconds(30))
                    .stream().filter(x -> matches(x, type, key)).toList();
        }
    }

    public static ConsumerRecord<String, String> event(String brokers, String topic, String type, String key) {
        return events(brokers, topic, type, key, 1).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " for " + key + " on " + topic));
    }

    private static boolean matches(ConsumerRecord<String, String> r, String type, String key) {
        return key.equals(r.key()) && type.equals(TopicProbe.header(r, "ce_type"));
    }
}
