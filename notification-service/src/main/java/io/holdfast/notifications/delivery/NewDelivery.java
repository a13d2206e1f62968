package io.holdfast.notifications.delivery;

import io.holdfast.contracts.notify.Channel;

/** A rendered message to store and deliver: an e-mail (maybe with a PDF) or an in-app feed entry. */
public record NewDelivery(String sourceEventId, String sourceEventType, String template, Channel channel,
        String recipient, String recipientUserId, String recipientName, String language, String subject,
        String bodyText, String bodyHtml, String attachmentName, byte[] attachment) {
}
