package io.holdfast.clients.access;

import java.util.Map;
import java.util.Optional;

/**
 * The reads of client data that the access log records and the read cap counts, by the handler's URL pattern (GET).
 * One table in one place, so that no controller has to remember to report its reads; ClientReadCoverageTest fails
 * when a GET endpoint under /api/clients is neither here nor in {@link #NOT_CLIENT_DATA}.
 */
public enum ClientRead {
    DETAIL, CONTACTS, TOUCHPOINTS, RISK, HANDOVERS, LIST;

    static final Map<String, ClientRead> BY_PATTERN = Map.ofEntries(
            Map.entry("/api/clients", LIST),
            Map.entry("/api/clients/{id}", DETAIL),
            Map.entry("/api/clients/{id}/contacts", CONTACTS),
            Map.entry("/api/clients/{id}/contacts/{contactId}/history", CONTACTS),
            Map.entry("/api/clients/{id}/contacts/archived", CONTACTS),
            Map.entry("/api/clients/{id}/touchpoints", TOUCHPOINTS),
            Map.entry("/api/clients/{id}/risk", RISK),
            Map.entry("/api/clients/risk", LIST),
            Map.entry("/api/clients/touchpoints/due", LIST),
            Map.entry("/api/clients/handovers", HANDOVERS),
            Map.entry("/api/clients/departure-impact", LIST));

    /** GET endpoints under /api/clients that show no client's data (or are recorded otherwise, as the export). */
    static final java.util.Set<String> NOT_CLIENT_DATA = java.util.Set.of(
            "/api/clients/export.csv", "/api/clients/access-log", "/api/clients/preparation-signals",
            "/api/clients/handovers/{departureId}/progress", "/api/clients/handovers/{departureId}/candidates",
            "/api/clients/coverage/history", "/api/clients/audit", "/api/clients/ops/dead-letters",
            "/api/clients/ops/dead-letters/{id}", "/api/clients/ops/outbox/parked");

    static Optional<ClientRead> of(String method, Object pattern) {
        return "GET".equals(method) && pattern instanceof String p ? Optional.ofNullable(BY_PATTERN.get(p)) : Optional.empty();
    }
}
