package io.holdfast.hr;

import io.holdfast.kit.test.CloudEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import io.holdfast.contracts.CloudEventHeaders;
import io.holdfast.contracts.DomainEvent;
import io.holdfast.contracts.EventCatalog;
import io.holdfast.contracts.EventSchemas;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.test.TestTokens;
import io.holdfast.kit.test.TopicProbe;


import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;


import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** What the hr-service integration tests share: calling the API as someone, and reading what went to Kafka. */
public final class HrApi {

    public static final String HR_USER = "11111111-1111-4111-8111-111111111111";
    public static final String HR = TestTokens.token(HR_USER, "hilda.hr", "hr");
    public static final String OWNER = TestTokens.token("22222222-2222-4222-8222-222222222222", "olga.owner", "owner");
    public static final String LEGAL = TestTokens.token("33333333-3333-4333-8333-333333333333", "lev.legal", "legal");
    public static final String OPS = TestTokens.token("44444444-4444-4444-8444-444444444444", "oscar.ops", "ops");

    private final MockMvc mvc;

    public HrApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    public ResultActions call(HttpMethod method, String url, String token, String json) throws Exception {
        var req = request(method, url).header("Authorization", "Bearer " + token);
        if (json != null) {
            req = req.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(req);
    }

    public static JsonNode body(ResultActions result) throws Exception {
        return EventJson.mapper().readTree(result.andReturn().getResponse().getContentAsString());
    }

    public static String employeeJson(String userId, String username) {
        return """
                {"userId":"%s","username":"%s","fullName":"Anna %s","workEmail":"%s@holdfast.example.com",
                 "personalEmail":"%s@example.org","position":"Account manager","team":"north",
                 "lineManagerUserId":null,"roles":["account-manager"],"language":"en","hireDate":"2024-02-01"}
                """.formatted(userId, username, username, username, username);
    }

    public static String contractJson(String number, String startDate, String termEnd, String earlyJson) {
        return """
                {"contractNumber":"%s","signedOn":"%s","startDate":"%s","committedTermEnd":%s,"currency":"EUR",
                 "earlyDeparture":%s,"documentUse":{"penaltyPerViolation":"1000.00"},
                 "nonSolicitation":{"months":12,"kind":"PER_CLIENT","amount":"20000.00"}}
                """.formatted(number, startDate, startDate, termEnd == null ? "null" : "\"" + termEnd + "\"",
                earlyJson);
    }

    public static final String PRO_RATA_1000 = "{\"kind\":\"PRO_RATA\",\"monthlyRate\":\"1000.00\"}";

    /** The records seen with this key and this CloudEvents type, after waiting up to {@code timeout}. */
    public static List<ConsumerRecord<String, String>> events(TopicProbe probe, String key,
            Class<? extends DomainEvent> type, int atLeast, Duration timeout) {
        String ceType = EventCatalog.of(type).type();
        Predicate<ConsumerRecord<String, String>> match = r -> key.equals(r.key())
                && ceType.equals(TopicProbe.header(r, CloudEventHeaders.TYPE));
        return probe.until(seen -> seen.stream().filter(match).count() >= atLeast, timeout).stream().filter(match)
                .toList();
    }

    /** Asserts the payload validates against its JSON Schema and returns it as the contract record. */
    public static <T extends DomainEvent> T valid(ConsumerRecord<String, String> record, Class<T> type) {
        assertThat(EventSchemas.validate(type, record.value())).as(type.getSimpleName() + " " + record.value())
                .isEmpty();
        return EventJson.read(record.value(), type);
    }

    /** Sends an event as another service would: CloudEvents headers and the JSON payload. */
    public static void send(KafkaTemplate<String, String> kafka, DomainEvent event, String eventId) {
        CloudEvents.send(kafka, event, eventId);
    }

    /** Hires a fresh employee through the API and returns their id. */
    public String hire(String userId, String username) throws Exception {
        var result = call(HttpMethod.POST, "/api/hr/employees", HR, employeeJson(userId, username));
        assertThat(result.andReturn().getResponse().getStatus()).as(result.andReturn().getResponse().getContentAsString())
                .isEqualTo(201);
        return body(result).get("id").asString();
    }

    public static String newUserId() {
        return UUID.randomUUID().toString();
    }
}
