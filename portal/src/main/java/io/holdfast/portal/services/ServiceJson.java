package io.holdfast.portal.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reading the services' JSON answers, which reach the portal as maps and lists. */
public final class ServiceJson {

    private ServiceJson() {
    }

    /**
     * The objects of a list member ({@code items}, {@code jobs}, {@code points}, ...): each element that is a JSON
     * object; none when the member is missing or not a list.
     */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Object member) {
        List<Map<String, Object>> objects = new ArrayList<>();
        if (member instanceof List<?> list) {
            for (Object each : list) {
                if (each instanceof Map<?, ?> object) {
                    objects.add((Map<String, Object>) object);
                }
            }
        }
        return objects;
    }
}
