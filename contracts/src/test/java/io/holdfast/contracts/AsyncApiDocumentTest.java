package io.holdfast.contracts;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document describes every topic and event, and all its references resolve. */
class AsyncApiDocumentTest {

    private static final Path ASYNCAPI = ContractResources.resource("asyncapi.yaml");
    private static JsonNode doc;

    @BeforeAll
    static void parse() throws Exception {
        assertThat(ASYNCAPI).exists();
        doc = YAMLMapper.builder().build().readTree(Files.readString(ASYNCAPI));
    }

    @Test
    void isAsyncApi3WithKafkaServerAndDescription() {
        assertThat(doc.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(doc.at("/info/title").asString()).isNotBlank();
        assertThat(doc.at("/info/version").asString()).isNotBlank();
        assertThat(doc.at("/info/description").asString())
                .contains("binary", "ce_id", "aggregateVersion", "-dlt", "read_committed", "consumer group");
        assertThat(doc.at("/servers/kafka/protocol").asString()).isEqualTo("kafka");
    }

    @Test
    void everyTopicIsAChannelWithAReceiveOperation() {
        Map<String, JsonNode> channelsByAddress = new java.util.HashMap<>();
        doc.get("channels").properties().forEach(e -> channelsByAddress.put(e.getValue().get("address").asString(), e.getValue()));
        assertThat(channelsByAddress.keySet()).containsExactlyInAnyOrderElementsOf(Topics.all());

        List<String> receivedChannels = new ArrayList<>();
        doc.get("operations").forEach(op -> {
            assertThat(op.get("action").asString()).isEqualTo("receive");
            receivedChannels.add(resolve(op.at("/channel/$ref").asString()).get("address").asString());
        });
        assertThat(receivedChannels).containsExactlyInAnyOrderElementsOf(Topics.all());

        for (String topic : Topics.all()) {
            Set<String> messages = new TreeSet<>(channelsByAddress.get(topic).get("messages").propertyNames());
            assertThat(messages).as(topic).containsExactlyInAnyOrderElementsOf(
                    EventCatalog.onTopic(topic).stream().map(EventDescriptor::name).toList());
        }
    }

    @Test
    void everyCatalogEventIsAMessageWithItsTypeKeyAndSchema() {
        JsonNode messages = doc.at("/components/messages");
        assertThat(messages.propertyNames()).hasSameSizeAs(EventCatalog.all());
        for (EventDescriptor d : EventCatalog.all()) {
            JsonNode m = messages.get(d.name());
            assertThat(m).as(d.name()).isNotNull();
            assertThat(m.get("name").asString()).isEqualTo(d.name());
            assertThat(m.get("title").asString()).isNotBlank();
            assertThat(m.get("summary").asString()).isNotBlank();
            assertThat(m.get("contentType").asString()).isEqualTo(CloudEventHeaders.JSON);
            assertThat(m.at("/payload/$ref").asString()).isEqualTo("./" + d.schemaResource());
            assertThat(m.at("/headers/allOf/1/properties/ce_type/const").asString()).isEqualTo(d.type());
            assertThat(m.at("/bindings/kafka/key/type").asString()).isEqualTo("string");
        }
        JsonNode headers = doc.at("/components/schemas/CloudEventHeaders/properties");
        assertThat(headers.propertyNames()).containsExactlyInAnyOrder(CloudEventHeaders.SPEC_VERSION,
                CloudEventHeaders.ID, CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE, CloudEventHeaders.TIME,
                CloudEventHeaders.SUBJECT, CloudEventHeaders.CONTENT_TYPE);
    }

    @Test
    void everyCatalogTypeAppearsInTheDocument() throws Exception {
        String text = Files.readString(ASYNCAPI);
        assertThat(EventCatalog.all()).allSatisfy(d -> assertThat(text).contains(d.type()));
    }

    @Test
    void everySchemaFileIsReferencedByTheDocument() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        Set<String> fileRefs = new TreeSet<>();
        refs.stream().filter(r -> !r.startsWith("#")).map(r -> r.replaceFirst("^\\./", "")).forEach(fileRefs::add);

        assertThat(fileRefs).containsAll(ContractResources.eventSchemaFiles());
    }

    @Test
    void everyRefInTheDocumentResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertThat(resolve(ref).isMissingNode()).as("%s resolves", ref).isFalse();
            } else {
                assertThat(ASYNCAPI.getParent().resolve(ref).normalize()).as(ref).isRegularFile();
            }
        }
    }

    @Test
    void everyRefInTheSchemasResolvesOffline() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Path schemas = ContractResources.resource("schemas");
        List<Path> files;
        try (var walk = Files.walk(schemas)) {
            files = walk.filter(p -> p.toString().endsWith(".schema.json")).toList();
        }
        assertThat(files).hasSize(EventCatalog.all().size() + 1); // + common/Money
        for (Path file : files) {
            JsonNode schema = json.readTree(Files.readString(file));
            List<String> refs = new ArrayList<>();
            collectRefs(schema, refs);
            for (String ref : refs) {
                assertThat(ref).as("%s: no remote refs", file).doesNotStartWith("http");
                if (ref.startsWith("#")) {
                    assertThat(schema.at(ref.substring(1)).isMissingNode()).as("%s in %s", ref, file).isFalse();
                } else {
                    assertThat(file.getParent().resolve(ref).normalize()).as("%s in %s", ref, file).isRegularFile();
                }
            }
        }
    }

    private static JsonNode resolve(String localRef) {
        String pointer = localRef.substring(1);
        return doc.at(pointer);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asString());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
