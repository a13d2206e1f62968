package io.holdfast.notifications.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One sender's SMTP connection, opened on the first message and kept for the next ones (one TCP and SMTP
 * handshake per burst, not per message). A message that fails on a connection that was already open is tried
 * once more on a new one, since the server may have closed an idle connection.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSenderImpl config;
    private Transport transport;

    SmtpConnection(JavaMailSenderImpl config) {
        this.config = config;
    }

    void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        boolean reused = transport != null;
        try {
            connected().sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close();
            if (!reused) {
                throw e;
            }
            connected().sendMessage(message, message.getAllRecipients());
        }
    }

    /** Drops the connection, e.g. after a failure; the next message opens a new one. */
    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is being dropped anyway
            }
            transport = null;
        }
    }

    private Transport connected() throws MessagingException {
        if (transport == null) {
            Transport t = config.getSession().getTransport(config.getProtocol() == null ? "smtp" : config.getProtocol());
            t.connect(config.getHost(), config.getPort(), config.getUsername(), config.getPassword());
            transport = t;
        }
        return transport;
    }
}
