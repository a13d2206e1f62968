package io.holdfast.kit;

import io.holdfast.contracts.DomainEvent;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event payloads. Writes exactly the contract; reads tolerantly (a consumer ignores
 * fields it does not know, so producers can add optional fields without breaking anyone).
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static String write(DomainEvent event) {
        return MAPPER.writeValueAsString(event);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
