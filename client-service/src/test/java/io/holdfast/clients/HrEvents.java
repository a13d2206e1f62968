package io.holdfast.clients;

import io.holdfast.kit.test.CloudEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;


import io.holdfast.contracts.DomainEvent;

import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeHired;



import org.springframework.kafka.core.KafkaTemplate;

/** Sends hr events to Kafka the way hr-service's outbox relay does (CloudEvents binary mode). */
public final class HrEvents {

    private HrEvents() {
    }

    public static String send(KafkaTemplate<String, String> kafka, DomainEvent event) {
        return send(kafka, event, UUID.randomUUID().toString());
    }

    public static String send(KafkaTemplate<String, String> kafka, DomainEvent event, String eventId) {
        return CloudEvents.send(kafka, event, eventId);
    }

    public static EmployeeHired hired(String employeeId, String userId, String username, String team, String... roles) {
        return new EmployeeHired(employeeId, 1, userId, username, "Full " + username, username + "@holdfast.example.com",
                username + "@example.org", "Account manager", team, null, List.of(roles), "en",
                LocalDate.now().minusYears(2), Instant.now());
    }

    public static DepartureScheduled departure(String employeeId, String userId, String departureId, String team) {
        return new DepartureScheduled(employeeId, 2, departureId, userId, "leaver", "Lea Ver", team, null,
                LocalDate.now(), LocalDate.now().plusDays(30), DepartureScheduled.Reason.RESIGNATION,
                UUID.randomUUID().toString(), 12, LocalDate.now().plusDays(30).plusMonths(12), Instant.now());
    }

    public static EmployeeDeparted departed(String employeeId, String userId, String departureId, String team) {
        return new EmployeeDeparted(employeeId, 3, departureId, userId, "leaver", "Lea Ver", "lea@example.org", "en",
                team, LocalDate.now(), LocalDate.now().plusMonths(12), null, Instant.now());
    }

    public static DepartureCancelled cancelled(String employeeId, String userId, String departureId, long version) {
        return new DepartureCancelled(employeeId, version, departureId, userId, UUID.randomUUID().toString(),
                "changed their mind", Instant.now());
    }
}
