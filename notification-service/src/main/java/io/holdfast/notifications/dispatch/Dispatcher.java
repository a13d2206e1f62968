package io.holdfast.notifications.dispatch;

import java.util.List;

import io.holdfast.kit.inbox.ReceivedEvent;
import io.holdfast.notifications.directory.Directory;
import io.holdfast.notifications.routing.Message;
import io.holdfast.notifications.routing.NotificationRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns one received event into stored deliveries: first the projections take the event, then the rule table
 * says who gets what; each message is stored, and a departure's per-client part for staff joins their briefing —
 * all in the consumer's transaction, so the event counts as handled exactly when its messages exist.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Directory directory;
    private final NotificationRule rule;
    private final MessagePlanner planner;
    private final Briefings briefings;

    Dispatcher(Directory directory, NotificationRule rule, MessagePlanner planner, Briefings briefings) {
        this.directory = directory;
        this.rule = rule;
        this.planner = planner;
        this.briefings = briefings;
    }

    public void dispatch(ReceivedEvent event) {
        directory.apply(event.payload());
        List<Message> messages = rule.messagesFor(event.payload(), directory);
        int planned = planner.plan(event.id(), event.payload().getClass().getSimpleName(), messages);
        rule.departureFacts(event.payload(), directory).ifPresent(briefings::describe);
        briefings.collect(rule.briefingItemsFor(event.payload(), directory));
        if (!messages.isEmpty()) {
            log.debug("{} {} -> {} message(s) planned", event.payload().getClass().getSimpleName(), event.id(), planned);
        }
    }
}
