package io.holdfast.notifications.dispatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.holdfast.notifications.delivery.Deliveries;
import io.holdfast.notifications.delivery.NewDelivery;
import io.holdfast.notifications.letters.CompanyProfile;
import io.holdfast.notifications.letters.LetterRenderer;
import io.holdfast.notifications.routing.LetterKind;
import io.holdfast.notifications.routing.Message;
import io.holdfast.notifications.routing.MessageText;
import io.holdfast.notifications.routing.NotificationRule;
import org.springframework.stereotype.Component;

/**
 * Stores the messages of one source (an event, a departure's briefing): the words are rendered now, a PDF letter
 * is left to the sender (which renders it from the facts kept with the delivery). In the caller's transaction.
 */
@Component
class MessagePlanner {

    private final MessageText text = new MessageText();
    private final Deliveries deliveries;
    private final CompanyProfile company;

    MessagePlanner(Deliveries deliveries, CompanyProfile company) {
        this.deliveries = deliveries;
        this.company = company;
    }

    /** @return how many of the messages were new (a redelivered source plans nothing twice) */
    int plan(String sourceId, String sourceType, List<Message> messages) {
        int planned = 0;
        for (Message message : messages) {
            if (message.address() == null || message.address().isBlank()) {
                continue;
            }
            Map<String, String> facts = new HashMap<>(message.facts());
            facts.putIfAbsent("sponsorName", company.signatoryName());
            MessageText.Rendered rendered = text.render(message.template(), message.language(), facts);
            LetterKind kind = message.template().letter();
            NewDelivery.Letter letter = kind == null ? null : new NewDelivery.Letter(kind,
                    LetterRenderer.fileName(kind, message.language()), message.facts());
            boolean stored = deliveries.plan(new NewDelivery(sourceId, sourceType, message.template().name(),
                    message.channel(), message.address(), message.recipient().userId(), message.recipient().name(),
                    message.language(), rendered.subject(), rendered.text(), rendered.html(), letter,
                    companyDocument(message), message.template().clientFacing(),
                    message.facts().get(NotificationRule.DEPARTURE_ID))).isPresent();
            planned += stored ? 1 : 0;
        }
        return planned;
    }

    private static NewDelivery.CompanyDocument companyDocument(Message message) {
        String clientId = message.facts().get(NotificationRule.CLIENT_ID);
        String issuedBy = message.facts().get(NotificationRule.ISSUED_BY);
        return message.template().letter() == LetterKind.INTRODUCTION_LETTER && clientId != null && issuedBy != null
                ? new NewDelivery.CompanyDocument(clientId, issuedBy) : null;
    }
}
