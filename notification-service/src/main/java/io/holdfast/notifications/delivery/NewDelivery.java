package io.holdfast.notifications.delivery;

import io.holdfast.contracts.notify.Channel;

/**
 * A rendered message to store and deliver: an e-mail (maybe with a PDF) or an in-app feed entry. A letter in the
 * company's name also names its client and on whose behalf it goes ({@code companyDocument}), else null.
 */
public record NewDelivery(String sourceEventId, String sourceEventType, String template, Channel channel,
        String recipient, String recipientUserId, String recipientName, String language, String subject,
        String bodyText, String bodyHtml, String attachmentName, byte[] attachment, CompanyDocument companyDocument) {

    /** The client a company letter goes to, and the Keycloak user id of the person it is sent on behalf of. */
    public record CompanyDocument(String clientId, String issuedByUserId) {
    }
}
