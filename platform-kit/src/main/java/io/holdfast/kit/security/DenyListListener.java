package io.holdfast.kit.security;

import io.holdfast.contracts.Topics;
import io.holdfast.contracts.hr.EmployeeDeparted;
import io.holdfast.contracts.hr.EmployeeHired;
import io.holdfast.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Feeds the token deny-list in every service, in its own consumer group: {@code EmployeeDeparted} refuses the
 * person's user id, {@code EmployeeHired} with the same user id (hired again) accepts it once more.
 */
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
                // Refused by user id, whatever the token's iat: a token Keycloak still issues or refreshes before (or
                // despite) deprovisioning is refused too.
                denyList.deny(departed.userId(), java.time.Instant.now(), "departed");
            } else if (event.payload() instanceof EmployeeHired hired && hired.userId() != null) {
                denyList.lift(hired.userId(), hired.occurredAt());
            }
        });
    }
}
