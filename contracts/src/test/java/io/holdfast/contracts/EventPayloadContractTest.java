package io.holdfast.contracts;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** For every catalog entry: a realistic instance serialises to JSON that its schema accepts, and back. */
class EventPayloadContractTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("Kafka key = (\\w+)");

    static Stream<EventDescriptor> events() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void sampleValidatesAgainstSchemaAndRoundTrips(EventDescriptor d) {
        DomainEvent sample = Samples.of(d.payloadType());
        String json = MAPPER.writeValueAsString(sample);

        assertThat(EventSchemas.validate(d, json)).as(json).isEmpty();
        DomainEvent back = MAPPER.readValue(json, d.payloadType());
        assertThat(back).isEqualTo(sample);

        JsonNode node = MAPPER.readTree(json);
        assertThat(node.has("aggregateId")).as("aggregateId is derived, not serialised").isFalse();
        assertThat(node.get("aggregateVersion").isIntegralNumber()).isTrue();
        assertThat(node.get("occurredAt").isString()).as("instants are ISO strings").isTrue();
        assertThat(node.get("occurredAt").asString()).isEqualTo("2026-11-26T10:15:30Z");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void recordComponentsMatchSchemaProperties(EventDescriptor d) {
        JsonNode schema = schema(d);
        List<String> properties = new ArrayList<>(schema.get("properties").propertyNames());
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(n -> required.add(n.asString()));
        RecordComponent[] components = d.payloadType().getRecordComponents();

        assertThat(properties).containsExactlyElementsOf(Arrays.stream(components).map(RecordComponent::getName).toList());
        assertThat(properties).containsAll(required);
        assertThat(Arrays.stream(components).filter(c -> c.getType().isPrimitive()).map(RecordComponent::getName))
                .as("primitive components cannot be null, so they must be required")
                .allMatch(required::contains);
        assertThat(required).contains("aggregateVersion", "occurredAt");
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).isEqualTo(EventSchemas.SCHEMA_ID_BASE
                + d.schemaResource().substring("schemas/".length()));
        assertThat(schema.get("title").asString()).isEqualTo(d.name());
        assertThat(schema.get("description").asString()).contains(d.type()).contains(d.topic());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void aggregateIdIsTheDocumentedKafkaKey(EventDescriptor d) {
        Matcher key = KEY.matcher(schema(d).get("description").asString());
        assertThat(key.find()).isTrue();
        DomainEvent sample = Samples.of(d.payloadType());
        JsonNode node = MAPPER.valueToTree(sample);

        assertThat(sample.aggregateId()).isEqualTo(node.get(key.group(1)).asString());
        assertThat(sample.aggregateVersion()).isEqualTo(node.get("aggregateVersion").asLong());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void optionalFieldsAcceptNullAndRequiredOnesDoNot(EventDescriptor d) {
        ObjectNode node = (ObjectNode) MAPPER.valueToTree(Samples.of(d.payloadType()));
        JsonNode schema = schema(d);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(n -> required.add(n.asString()));

        for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
            ObjectNode copy = node.deepCopy();
            copy.putNull(property.getKey());
            List<String> errors = EventSchemas.validate(d, copy.toString());
            if (required.contains(property.getKey())) {
                assertThat(errors).as("%s.%s = null", d.name(), property.getKey()).isNotEmpty();
            } else {
                assertThat(errors).as("%s.%s = null", d.name(), property.getKey()).isEmpty();
                // and the record reads it back as null
                assertThat(MAPPER.readValue(copy.toString(), d.payloadType())).isNotNull();
            }
        }
    }

    private static JsonNode schema(EventDescriptor d) {
        try (InputStream in = EventPayloadContractTest.class.getClassLoader().getResourceAsStream(d.schemaResource())) {
            assertThat(in).as(d.schemaResource()).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
