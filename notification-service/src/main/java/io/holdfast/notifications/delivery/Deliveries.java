package io.holdfast.notifications.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.holdfast.contracts.notify.Channel;
import io.holdfast.contracts.notify.CompanyDocumentIssued;
import io.holdfast.contracts.notify.NotificationDelivered;
import io.holdfast.contracts.notify.NotificationFailed;
import io.holdfast.kit.EventJson;
import io.holdfast.kit.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The deliveries table: what is to be sent, what was sent, what failed, and the in-app feed entries. */
@Component
public class Deliveries {

    /** Queue priorities: the lower is sent first. */
    static final int CLIENT_FACING = 0;
    static final int STAFF = 1;

    private final JdbcClient jdbc;
    private final Outbox outbox;

    public Deliveries(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /**
     * Stores a message, in the caller's transaction. An e-mail waits for the sender; a feed entry is delivered
     * at once. A second message for the same (event, recipient, template, channel) is ignored.
     *
     * @return the delivery id, or empty when this message was already planned
     */
    public Optional<UUID> plan(NewDelivery d) {
        UUID id = UUID.randomUUID();
        boolean inApp = d.channel() == Channel.IN_APP;
        int inserted = jdbc.sql("""
                insert into delivery (id, source_event_id, source_event_type, template, channel, recipient,
                    recipient_user_id, recipient_name, language, subject, body_text, body_html, attachment_name,
                    letter_kind, letter_facts, status, delivered_at, client_id, issued_by_user_id, priority,
                    departure_id)
                values (:id, :event, :type, :template, :channel, :recipient, :userId, :name, :language, :subject,
                    :text, :html, :attachmentName, :letterKind, :letterFacts, :status, :deliveredAt, :clientId,
                    :issuedBy, :priority, :departureId)
                on conflict on constraint delivery_once do nothing
                """).param("id", id).param("event", d.sourceEventId()).param("type", d.sourceEventType())
                .param("template", d.template()).param("channel", d.channel().name()).param("recipient", d.recipient())
                .param("userId", d.recipientUserId()).param("name", d.recipientName()).param("language", d.language())
                .param("subject", d.subject()).param("text", d.bodyText()).param("html", d.bodyHtml())
                .param("attachmentName", d.letter() == null ? null : d.letter().fileName())
                .param("letterKind", d.letter() == null ? null : d.letter().kind().name())
                .param("letterFacts", d.letter() == null ? null : EventJson.mapper().writeValueAsString(d.letter().facts()))
                .param("priority", d.clientFacing() ? CLIENT_FACING : STAFF).param("departureId", d.departureId())
                .param("status", inApp ? DeliveryStatus.DELIVERED.name() : DeliveryStatus.PENDING.name())
                .param("deliveredAt", inApp ? Timestamp.from(Instant.now()) : null)
                .param("clientId", d.companyDocument() == null ? null : d.companyDocument().clientId())
                .param("issuedBy", d.companyDocument() == null ? null : d.companyDocument().issuedByUserId())
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        if (inApp) {
            outbox.publish(new NotificationDelivered(id.toString(), 1, d.sourceEventId(), d.template(), d.recipient(),
                    Channel.IN_APP, Instant.now()));
        }
        return Optional.of(id);
    }

    /**
     * The next e-mail that is due, client-facing ones first, locked for this transaction so that no two senders
     * (threads or instances) ever send it twice.
     */
    Optional<PendingMail> lockNextDue() {
        return jdbc.sql("""
                select id, source_event_id, template, recipient, recipient_name, subject, body_text, body_html,
                       attachment_name, attachment, letter_kind, letter_facts, attempts, language, client_id,
                       issued_by_user_id
                from delivery
                where status = 'PENDING' and next_attempt_at <= now()
                order by priority, next_attempt_at, created_at
                limit 1
                for update skip locked
                """).query((rs, n) -> new PendingMail(rs.getObject("id", UUID.class), rs.getString("source_event_id"),
                rs.getString("template"), rs.getString("recipient"), rs.getString("recipient_name"),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                rs.getString("attachment_name"), rs.getBytes("attachment"), rs.getString("letter_kind"),
                facts(rs.getString("letter_facts")), rs.getInt("attempts"), rs.getString("language"),
                rs.getString("client_id"), rs.getString("issued_by_user_id"))).optional();
    }

    /** The client letters of a departure so far, by state. */
    public LetterProgress letters(String departureId) {
        return jdbc.sql("""
                select count(*) as total,
                       count(*) filter (where status = 'SENT') as sent,
                       count(*) filter (where status = 'FAILED') as failed,
                       max(delivered_at) as last_sent_at
                from delivery
                where departure_id = :departure and template = 'CLIENT_INTRODUCTION' and channel = 'EMAIL'
                """).param("departure", departureId).query((rs, n) -> new LetterProgress(departureId,
                rs.getLong("total"), rs.getLong("sent"), rs.getLong("failed"),
                rs.getLong("total") - rs.getLong("sent") - rs.getLong("failed"),
                instant(rs.getTimestamp("last_sent_at")))).single();
    }

    /** What the handover board shows: a departure's client letters planned, sent, failed and still queued. */
    public record LetterProgress(String departureId, long total, long sent, long failed, long pending,
            Instant lastSentAt) {
    }

    private static java.util.Map<String, String> facts(String json) {
        return json == null ? null : EventJson.mapper().readValue(json,
                new tools.jackson.core.type.TypeReference<java.util.Map<String, String>>() {
                });
    }

    void markSent(PendingMail mail) {
        jdbc.sql("""
                update delivery set status = 'SENT', attempts = attempts + 1, delivered_at = now(), last_error = null
                where id = :id
                """).param("id", mail.id()).update();
        outbox.publish(new NotificationDelivered(mail.id().toString(), 1, mail.sourceEventId(), mail.template(),
                mail.recipient(), Channel.EMAIL, Instant.now()));
        if (mail.clientId() != null && mail.issuedByUserId() != null) {
            // the letter reached the client's mail server: client-service records a company-level touchpoint
            outbox.publish(new CompanyDocumentIssued(mail.id().toString(), 1, mail.clientId(),
                    CompanyDocumentIssued.Kind.INTRODUCTION_LETTER, mail.issuedByUserId(), mail.language(),
                    Instant.now()));
        }
    }

    void retryLater(PendingMail mail, int attempts, java.time.Duration delay, String error) {
        jdbc.sql("""
                update delivery set attempts = :attempts, last_error = :error,
                       next_attempt_at = now() + make_interval(secs => :seconds)
                where id = :id
                """).param("attempts", attempts).param("error", error).param("seconds", delay.toMillis() / 1000.0)
                .param("id", mail.id()).update();
    }

    void markFailed(PendingMail mail, int attempts, String error) {
        jdbc.sql("update delivery set status = 'FAILED', attempts = :attempts, last_error = :error where id = :id")
                .param("attempts", attempts).param("error", error).param("id", mail.id()).update();
        outbox.publish(new NotificationFailed(mail.id().toString(), 1, mail.sourceEventId(), mail.template(),
                mail.recipient(), Channel.EMAIL, attempts, error, Instant.now()));
    }

    /** Puts a failed e-mail back in the queue (ops fixed the cause). */
    boolean retryNow(UUID id) {
        return jdbc.sql("""
                update delivery set status = 'PENDING', attempts = 0, next_attempt_at = now()
                where id = :id and status = 'FAILED'
                """).param("id", id).update() == 1;
    }

    List<DeliveryView> log(DeliveryStatus status, String sourceEventId, int limit) {
        return jdbc.sql("""
                select id, source_event_id, source_event_type, template, channel, recipient, language, subject,
                       status, attempts, last_error, created_at, delivered_at, next_attempt_at, attachment_name
                from delivery
                where (cast(:status as text) is null or status = :status)
                  and (cast(:event as text) is null or source_event_id = :event)
                order by created_at desc, id
                limit :limit
                """).param("status", status == null ? null : status.name()).param("event", sourceEventId)
                .param("limit", limit)
                .query((rs, n) -> new DeliveryView(rs.getObject("id", UUID.class), rs.getString("source_event_id"),
                        rs.getString("source_event_type"), rs.getString("template"), rs.getString("channel"),
                        rs.getString("recipient"), rs.getString("language"), rs.getString("subject"),
                        rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("delivered_at")),
                        "PENDING".equals(rs.getString("status")) ? instant(rs.getTimestamp("next_attempt_at")) : null,
                        rs.getString("attachment_name")))
                .list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    record PendingMail(UUID id, String sourceEventId, String template, String recipient, String recipientName,
            String subject, String text, String html, String attachmentName, byte[] attachment, String letterKind,
            java.util.Map<String, String> letterFacts, int attempts, String language, String clientId,
            String issuedByUserId) {
    }

    /** One row of the delivery log. */
    public record DeliveryView(UUID id, String sourceEventId, String sourceEventType, String template, String channel,
            String recipient, String language, String subject, String status, int attempts, String lastError,
            Instant createdAt, Instant deliveredAt, Instant nextAttemptAt, String attachment) {
    }
}
