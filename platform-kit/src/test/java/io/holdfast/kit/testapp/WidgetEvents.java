package io.holdfast.kit.testapp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.holdfast.contracts.crm.TouchpointRecorded;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeHired;
import io.holdfast.kit.EventJson;

/** Contract events the kit's tests publish; any contract record would do. */
public final class WidgetEvents {

    private WidgetEvents() {
    }

    public static TouchpointRecorded sample(String clientId) {
        return sample(clientId, 1);
    }

    public static TouchpointRecorded sample(String clientId, long version) {
        return new TouchpointRecorded(clientId, version, UUID.randomUUID().toString(), TouchpointRecorded.Kind.CALL,
                UUID.randomUUID().toString(), Instant.now(), false, false, Instant.now());
    }

    public static long version(String json) {
        return EventJson.read(json, TouchpointRecorded.class).aggregateVersion();
    }

    public static EmployeeDeparted departed(String userId) {
        return new EmployeeDeparted(UUID.randomUUID().toString(), 3, UUID.randomUUID().toString(), userId, "leaver",
                "Lee Leaver", "lee@example.org", "en", "north", LocalDate.now(), LocalDate.now().plusMonths(12), null,
                Instant.now());
    }

    public static EmployeeHired hired(String userId) {
        return new EmployeeHired(UUID.randomUUID().toString(), 1, userId, "leaver", "Lee Leaver", "lee@example.org",
                "lee@example.net", "Account manager", "north", null, java.util.List.of("account-manager"), "en",
                LocalDate.now(), Instant.now());
    }
}
