package io.holdfast.notifications.delivery;

import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.holdfast.notifications.letters.LetterRenderer;
import io.holdfast.notifications.routing.LetterKind;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due e-mails over SMTP with {@code senders} workers at once, each over its own SMTP connection kept open
 * while the queue has mail, client-facing messages first. Each delivery is its own transaction: the row is locked
 * (skip locked, so workers and instances never share one) while its PDF is rendered and it is sent, then marked
 * sent (with NotificationDelivered) or rescheduled with back-off, and after the last attempt marked failed (with
 * NotificationFailed). The state is in the database, so a restart or an SMTP outage loses nothing.
 */
@Component
public class DeliverySender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final Deliveries deliveries;
    private final JavaMailSenderImpl mail;
    private final LetterRenderer letters;
    private final TransactionTemplate tx;
    private final DeliveryProperties properties;
    private final RetryPolicy retry;
    private final ExecutorService workers;
    private final AtomicInteger working = new AtomicInteger();
    private volatile boolean stopping;

    public DeliverySender(Deliveries deliveries, JavaMailSenderImpl mail, LetterRenderer letters,
            TransactionTemplate tx, DeliveryProperties properties) {
        this.deliveries = deliveries;
        // TCP_NODELAY on the plain SMTP socket (STARTTLS wraps it); setting the properties again renews the session
        java.util.Properties smtp = mail.getJavaMailProperties();
        smtp.putIfAbsent("mail.smtp.socketFactory", NoDelaySocketFactory.INSTANCE);
        mail.setJavaMailProperties(smtp);
        this.mail = mail;
        this.letters = letters;
        this.tx = tx;
        this.properties = properties;
        this.retry = properties.retryPolicy();
        this.workers = Executors.newFixedThreadPool(properties.senders(),
                Thread.ofPlatform().name("mail-sender-", 1).daemon().factory());
    }

    /**
     * Tops the workers up to {@code senders}: a worker stops when it finds nothing due (for it: the others may hold
     * the last rows), so without this a burst that follows a quiet moment would be sent by one worker alone.
     */
    @Scheduled(fixedDelayString = "${holdfast.notifications.delivery.poll-interval}")
    public void sendDue() {
        for (int running = working.get(); !stopping && running < properties.senders(); running = working.get()) {
            if (working.compareAndSet(running, running + 1)) {
                workers.execute(this::drain);
            }
        }
    }

    private void drain() {
        try (SmtpConnection smtp = new SmtpConnection(mail)) {
            while (!stopping && Boolean.TRUE.equals(tx.execute(status -> sendNext(smtp)))) {
                // the next one, in its own transaction
            }
        } catch (RuntimeException e) {
            log.error("A mail sender stopped on an error; the queue is picked up again on the next poll", e);
        } finally {
            working.decrementAndGet();
        }
    }

    private boolean sendNext(SmtpConnection smtp) {
        Optional<Deliveries.PendingMail> next = deliveries.lockNextDue();
        if (next.isEmpty()) {
            return false;
        }
        Deliveries.PendingMail pending = next.get();
        try {
            smtp.send(toMime(pending));
            deliveries.markSent(pending);
        } catch (MessagingException | UnsupportedEncodingException | UncheckedIOException | IllegalStateException e) {
            smtp.close();
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
        byte[] pdf = pending.attachment() != null ? pending.attachment()
                : pending.letterKind() == null ? null
                        : letters.render(LetterKind.valueOf(pending.letterKind()), pending.language(),
                                pending.letterFacts());
        if (pdf != null) {
            helper.addAttachment(pending.attachmentName(), new ByteArrayResource(pdf), "application/pdf");
        }
        // lets support find the delivery log row of any e-mail a recipient forwards
        message.setHeader("X-Holdfast-Delivery", pending.id().toString());
        return message;
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        workers.shutdown();
        // a message in flight is finished (or rolled back and sent after the restart), never half-recorded
        if (!workers.awaitTermination(15, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
