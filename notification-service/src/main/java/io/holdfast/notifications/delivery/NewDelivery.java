package io.holdfast.notifications.delivery;

import java.util.Map;

import io.holdfast.contracts.notify.Channel;
import io.holdfast.notifications.routing.LetterKind;

/**
 * A rendered message to store and deliver: an e-mail (maybe with a PDF letter) or an in-app feed entry. A
 * client-facing message is sent before staff ones. A letter in the company's name also names its client and on
 * whose behalf it goes ({@code companyDocument}), else null; a client letter of a departure names it
 * ({@code departureId}), else null.
 */
public record NewDelivery(String sourceEventId, String sourceEventType, String template, Channel channel,
        String recipient, String recipientUserId, String recipientName, String language, String subject,
        String bodyText, String bodyHtml, Letter letter, CompanyDocument companyDocument, boolean clientFacing,
        String departureId) {

    /** A staff message or a digest: no letter, not client-facing, no departure. */
    public static NewDelivery toStaff(String sourceEventId, String sourceEventType, String template, Channel channel,
            String recipient, String recipientUserId, String recipientName, String language, String subject,
            String bodyText, String bodyHtml) {
        return new NewDelivery(sourceEventId, sourceEventType, template, channel, recipient, recipientUserId,
                recipientName, language, subject, bodyText, bodyHtml, null, null, false, null);
    }

    /** The client a company letter goes to, and the Keycloak user id of the person it is sent on behalf of. */
    public record CompanyDocument(String clientId, String issuedByUserId) {
    }

    /** A PDF letter attached to the e-mail, rendered by the sender from these facts under this file name. */
    public record Letter(LetterKind kind, String fileName, Map<String, String> facts) {
        public Letter {
            facts = Map.copyOf(facts);
        }
    }
}
