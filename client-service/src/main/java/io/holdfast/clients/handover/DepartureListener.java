package io.holdfast.clients.handover;

import io.holdfast.clients.client.ClientRepository;
import io.holdfast.contracts.Topics;
import io.holdfast.contracts.hr.DepartureCancelled;
import io.holdfast.contracts.hr.DepartureScheduled;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns departures into handover jobs. The listener only records what has to be done; the {@link HandoverWorker}
 * does it in chunks, so a manager with 10,000 clients never means one giant transaction on the consumer thread.
 */
@Component
class DepartureListener {

    private final Inbox inbox;
    private final HandoverStore store;
    private final ClientRepository clients;
    private final HandoverWorker worker;

    DepartureListener(Inbox inbox, HandoverStore store, ClientRepository clients, HandoverWorker worker) {
        this.inbox = inbox;
        this.store = store;
        this.clients = clients;
        this.worker = worker;
    }

    @KafkaListener(id = "client-service.handover", groupId = "${spring.application.name}.handover",
            topics = Topics.HR_EMPLOYEES)
    void on(ConsumerRecord<String, String> record) {
        boolean ran = inbox.handle(record, "handover", event -> {
            switch (event.payload()) {
                case DepartureScheduled e -> {
                    // a second DepartureScheduled (a moved last day) updates the date; the job exists only once
                    store.recordDeparture(e.departureId(), e.employeeId(), e.userId(), e.team(), e.lastWorkingDay());
                    store.createJob(e.departureId(), HandoverStore.JobKind.PLAN, clients.countManagedBy(e.userId()));
                }
                case EmployeeDeparted e -> {
                    // HR may complete a departure without scheduling it first: plan, then reassign at once
                    store.recordDeparture(e.departureId(), e.employeeId(), e.userId(), e.team(), e.lastWorkingDay());
                    store.createJob(e.departureId(), HandoverStore.JobKind.PLAN, clients.countManagedBy(e.userId()));
                    store.createJob(e.departureId(), HandoverStore.JobKind.REASSIGN, 0);
                }
                case DepartureCancelled e -> {
                    if (store.departure(e.departureId()).isPresent()) {
                        store.createJob(e.departureId(), HandoverStore.JobKind.CANCEL, 0);
                    }
                }
                default -> {
                    // hires, updates and contracts do not start a handover
                }
            }
        });
        if (ran) {
            worker.wakeUp();
        }
    }
}
