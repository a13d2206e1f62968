package io.holdfast.notifications.routing;

import java.util.Map;

import io.holdfast.contracts.notify.Channel;

/**
 * One message the rule table asks for: which template, to whom, over which channel, in which language, with
 * the facts the template and its letter fill in.
 */
public record Message(Template template, Person recipient, Channel channel, String language,
        Map<String, String> facts) {

    public Message {
        facts = Map.copyOf(facts);
    }

    /** The address this message is de-duplicated and delivered on: the e-mail, or the user id in the feed. */
    public String address() {
        return channel == Channel.EMAIL ? recipient.email() : recipient.userId();
    }
}
