package io.holdfast.kit.security;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** Feeds the token deny-list from {@code EmployeeDeparted}, in every service, in its own consumer group. */
public class DenyListListener {

    private final Inbox inbox;
    private final TokenDenyList denyList;

    DenyListListener(Inbox inbox, TokenDenyList denyList) {
        this.inbox = inbox;
        this.denyList = denyList;
    }

    @KafkaListener(id = "${spring.application.name}.deny-list", groupId = "${spring.application.name}.deny-list",
            topics = Topics.HR_EMPLOYEES)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, "deny-list", event -> {
            if (event.payload() instanceof EmployeeDeparted departed && departed.userId() != null) {
                // Refuse everything issued until now: covers tokens obtained between the departure and this moment.
                denyList.deny(departed.userId(), java.time.Instant.now(), "departed");
            }
        });
    }
}
