package io.holdfast.clients.employee;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeHired;
import io.holdfast.contracts.hr.EmployeeUpdated;
import io.holdfast.kit.inbox.AggregateVersions;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps team, roles and employment status of every person current. The status switches to NOTICE_GIVEN in the
 * same transaction that consumes DepartureScheduled, so the export right is gone from that moment.
 */
@Component
class EmployeeProjectionListener {

    private static final String STREAM = "employee";

    private final Inbox inbox;
    private final EmployeeDirectory directory;
    private final AggregateVersions versions;

    EmployeeProjectionListener(Inbox inbox, EmployeeDirectory directory, AggregateVersions versions) {
        this.inbox = inbox;
        this.directory = directory;
        this.versions = versions;
    }

    @KafkaListener(id = "client-service.employees", groupId = "${spring.application.name}.employees",
            topics = Topics.HR_EMPLOYEES)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "employees", event -> {
            switch (event.payload()) {
                case EmployeeHired e -> {
                    if (versions.advance(STREAM, e.employeeId(), e.aggregateVersion())) {
                        directory.upsert(new Employee(e.userId(), e.employeeId(), e.username(), e.fullName(),
                                e.workEmail(), e.team(), e.roles(), Employee.Status.ACTIVE));
                        directory.personalEmail(e.userId(), e.personalEmail());
                    }
                }
                case EmployeeUpdated e -> {
                    if (versions.advance(STREAM, e.employeeId(), e.aggregateVersion())) {
                        directory.upsert(new Employee(e.userId(), e.employeeId(), e.username(), e.fullName(),
                                e.workEmail(), e.team(), e.roles(), Employee.Status.valueOf(e.status().name())));
                        directory.personalEmail(e.userId(), e.personalEmail());
                    }
                }
                case DepartureScheduled e -> {
                    if (versions.advance(STREAM, e.employeeId(), e.aggregateVersion())) {
                        directory.status(e.userId(), e.employeeId(), e.username(), e.team(), Employee.Status.NOTICE_GIVEN);
                    }
                }
                case DepartureCancelled e -> {
                    if (versions.advance(STREAM, e.employeeId(), e.aggregateVersion())) {
                        directory.status(e.userId(), e.employeeId(), null, null, Employee.Status.ACTIVE);
                    }
                }
                case EmployeeDeparted e -> {
                    if (versions.advance(STREAM, e.employeeId(), e.aggregateVersion())) {
                        directory.status(e.userId(), e.employeeId(), e.username(), e.team(), Employee.Status.DEPARTED);
                    }
                }
                default -> {
                    // other hr events (contracts) do not change what client-service needs to know
                }
            }
        });
    }
}
