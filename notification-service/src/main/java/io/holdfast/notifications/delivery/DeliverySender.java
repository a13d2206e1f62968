package io.holdfast.notifications.delivery;

import java.io.UnsupportedEncodingException;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due e-mails over SMTP, one delivery per transaction: the row is locked while it is sent, then marked
 * sent (with NotificationDelivered) or rescheduled with back-off, and after the last attempt marked failed
 * (with NotificationFailed). The state is in the database, so a restart or an SMTP outage loses nothing.
 */
@Component
public class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final Deliveries deliveries;
    private final JavaMailSender mail;
    private final TransactionTemplate tx;
    private final DeliveryProperties properties;
    private final RetryPolicy retry;

    public DeliverySender(Deliveries deliveries, JavaMailSender mail, TransactionTemplate tx,
            DeliveryProperties properties) {
        this.deliveries = deliveries;
        this.mail = mail;
        this.tx = tx;
        this.properties = properties;
        this.retry = properties.retryPolicy();
    }

    @Scheduled(fixedDelayString = "${holdfast.notifications.delivery.poll-interval}")
    public void sendDue() {
        for (int i = 0; i < properties.batchSize(); i++) {
            if (!Boolean.TRUE.equals(tx.execute(status -> sendNext()))) {
                return;
            }
        }
    }

    private boolean sendNext() {
        Optional<Deliveries.PendingMail> next = deliveries.lockNextDue();
        if (next.isEmpty()) {
            return false;
        }
        Deliveries.PendingMail pending = next.get();
        try {
            mail.send(toMime(pending));
            deliveries.markSent(pending);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            int attempts = pending.attempts() + 1;
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (retry.exhausted(attempts)) {
                log.warn("Delivery {} ({}) to {} failed for good after {} attempts: {}", pending.id(),
                        pending.template(), pending.recipient(), attempts, error);
                deliveries.markFailed(pending, attempts, truncate(error));
            } else {
                log.info("Delivery {} attempt {} failed, retrying: {}", pending.id(), attempts, error);
                deliveries.retryLater(pending, attempts, retry.delayAfter(attempts), truncate(error));
            }
        }
        return true;
    }

    private MimeMessage toMime(Deliveries.PendingMail pending) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(new InternetAddress(pending.recipient(), pending.recipientName(), "UTF-8"));
        helper.setSubject(pending.subject());
        helper.setText(pending.text(), pending.html());
        if (pending.attachment() != null) {
            helper.addAttachment(pending.attachmentName(), new ByteArrayResource(pending.attachment()),
                    "application/pdf");
        }
        // lets support find the delivery log row of any e-mail a recipient forwards
        message.setHeader("X-Holdfast-Delivery", pending.id().toString());
        return message;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
