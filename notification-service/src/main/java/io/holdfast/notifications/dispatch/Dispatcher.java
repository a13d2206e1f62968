package io.holdfast.notifications.dispatch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.holdfast.kit.inbox.ReceivedEvent;
import io.holdfast.notifications.delivery.Deliveries;
import io.holdfast.notifications.delivery.NewDelivery;
import io.holdfast.notifications.directory.Directory;
import io.holdfast.notifications.letters.CompanyProfile;
import io.holdfast.notifications.letters.LetterRenderer;
import io.holdfast.notifications.routing.LetterKind;
import io.holdfast.notifications.routing.Message;
import io.holdfast.notifications.routing.MessageText;
import io.holdfast.notifications.routing.NotificationRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns one received event into stored deliveries: first the projections take the event, then the rule table
 * says who gets what, and each message is rendered (text, HTML, PDF letter) and stored — all in the consumer's
 * transaction, so the event counts as handled exactly when its messages exist.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Directory directory;
    private final NotificationRule rule;
    private final MessageText text = new MessageText();
    private final LetterRenderer letters;
    private final Deliveries deliveries;
    private final CompanyProfile company;

    public Dispatcher(Directory directory, LetterRenderer letters, Deliveries deliveries, CompanyProfile company,
            @Value("${holdfast.notifications.portal-url}") String portalUrl) {
        this.company = company;
        this.directory = directory;
        this.rule = new NotificationRule(portalUrl);
        this.letters = letters;
        this.deliveries = deliveries;
    }

    public void dispatch(ReceivedEvent event) {
        directory.apply(event.payload());
        List<Message> messages = rule.messagesFor(event.payload(), directory);
        int planned = 0;
        for (Message message : messages) {
            if (message.address() == null || message.address().isBlank()) {
                continue;
            }
            Map<String, String> facts = new HashMap<>(message.facts());
            facts.putIfAbsent("sponsorName", company.signatoryName());
            MessageText.Rendered rendered = text.render(message.template(), message.language(), facts);
            LetterKind letter = message.template().letter();
            byte[] pdf = letter == null ? null : letters.render(letter, message.language(), message.facts());
            boolean stored = deliveries.plan(new NewDelivery(event.id(), event.payload().getClass().getSimpleName(),
                    message.template().name(), message.channel(), message.address(), message.recipient().userId(),
                    message.recipient().name(), message.language(), rendered.subject(), rendered.text(),
                    rendered.html(), letter == null ? null : LetterRenderer.fileName(letter, message.language()), pdf,
                    companyDocument(message))).isPresent();
            planned += stored ? 1 : 0;
        }
        if (!messages.isEmpty()) {
            log.info("{} {} -> {} message(s) planned", event.payload().getClass().getSimpleName(), event.id(), planned);
        }
    }

    private static NewDelivery.CompanyDocument companyDocument(Message message) {
        String clientId = message.facts().get(NotificationRule.CLIENT_ID);
        String issuedBy = message.facts().get(NotificationRule.ISSUED_BY);
        return message.template().letter() == LetterKind.INTRODUCTION_LETTER && clientId != null && issuedBy != null
                ? new NewDelivery.CompanyDocument(clientId, issuedBy) : null;
    }
}
