package io.holdfast.notifications.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.holdfast.contracts.crm.HandoverPlanned;
import io.holdfast.kit.EventJson;
import io.holdfast.notifications.directory.Directory;
import io.holdfast.notifications.routing.BriefingItem;
import io.holdfast.notifications.routing.DepartureBriefing;
import io.holdfast.notifications.routing.NotificationRule;
import io.holdfast.notifications.routing.Person;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

/**
 * One message per member of staff per departure. The items of a departure (told of it, clients received, tasks)
 * are gathered (in the consumer's transaction) and, once no new item has come for the quiet period (or the first is older than the
 * longest wait), sent as one {@code DEPARTURE_BRIEFING} by e-mail and in the feed. Items that come after it was
 * sent are kept for the board and the daily digest, and send nothing more. The briefing row is locked while it is
 * planned and the delivery is unique per briefing, so it is sent once across restarts and instances.
 */
@Component
class Briefings {

    private static final Logger log = LoggerFactory.getLogger(Briefings.class);
    private static final TypeReference<List<HandoverPlanned.Task>> TASKS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Directory directory;
    private final NotificationRule rule;
    private final MessagePlanner planner;
    private final TransactionTemplate tx;
    private final Duration quiet;
    private final Duration maxWait;

    Briefings(JdbcClient jdbc, Directory directory, NotificationRule rule, MessagePlanner planner,
            TransactionTemplate tx, @Value("${holdfast.notifications.briefing.quiet-period}") Duration quiet,
            @Value("${holdfast.notifications.briefing.max-wait}") Duration maxWait) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.rule = rule;
        this.planner = planner;
        this.tx = tx;
        this.quiet = quiet;
        this.maxWait = maxWait;
    }

    /** Keeps what the departure's briefings say of the departure itself (a later version replaces it). */
    void describe(NotificationRule.DepartureFacts departure) {
        jdbc.sql("""
                insert into briefing_departure (departure_id, facts) values (:departure, :facts)
                on conflict (departure_id) do update set facts = excluded.facts
                """).param("departure", departure.departureId())
                .param("facts", EventJson.mapper().writeValueAsString(departure.facts())).update();
    }

    /** Adds items to their briefings, in the caller's transaction; always in the same order, so never a deadlock. */
    void collect(List<BriefingItem> items) {
        items.stream().sorted(Comparator.comparing((BriefingItem i) -> i.recipient().userId())
                .thenComparing(BriefingItem::clientId).thenComparing(BriefingItem::role)).forEach(item -> {
                    jdbc.sql("""
                            insert into briefing (departure_id, recipient_user_id, departing_user_id)
                            values (:departure, :recipient, :departing)
                            on conflict (departure_id, recipient_user_id)
                            do update set last_item_at = now() where briefing.sent_at is null
                            """).param("departure", item.departureId()).param("recipient", item.recipient().userId())
                            .param("departing", item.departingUserId()).update();
                    jdbc.sql("""
                            insert into briefing_item (departure_id, recipient_user_id, client_id, role, client_name, tasks)
                            values (:departure, :recipient, :client, :role, :name, :tasks)
                            on conflict (departure_id, recipient_user_id, client_id, role)
                            do update set client_name = excluded.client_name, tasks = excluded.tasks
                            """).param("departure", item.departureId()).param("recipient", item.recipient().userId())
                            .param("client", item.clientId()).param("role", item.role().name())
                            .param("name", item.clientName())
                            .param("tasks", EventJson.mapper().writeValueAsString(item.tasks())).update();
                });
    }

    @Scheduled(fixedDelayString = "${holdfast.notifications.briefing.poll-interval}")
    void sendDue() {
        while (Boolean.TRUE.equals(tx.execute(status -> sendNext()))) {
            // the next briefing, in its own transaction
        }
    }

    private boolean sendNext() {
        Optional<Due> next = jdbc.sql("""
                select departure_id, recipient_user_id, departing_user_id from briefing
                where sent_at is null
                  and (last_item_at <= now() - make_interval(secs => :quiet)
                       or first_item_at <= now() - make_interval(secs => :maxWait))
                order by last_item_at
                limit 1
                for update skip locked
                """).param("quiet", quiet.toMillis() / 1000.0).param("maxWait", maxWait.toMillis() / 1000.0)
                .query((rs, n) -> new Due(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
        if (next.isEmpty()) {
            return false;
        }
        Due due = next.get();
        Optional<Person> recipient = directory.staff(due.recipientUserId());
        int planned = 0;
        if (recipient.isPresent()) {
            List<BriefingItem> items = jdbc.sql("""
                    select client_id, client_name, role, tasks from briefing_item
                    where departure_id = :departure and recipient_user_id = :recipient
                    """).param("departure", due.departureId()).param("recipient", due.recipientUserId())
                    .query((rs, n) -> new BriefingItem(due.departureId(), due.departingUserId(), recipient.get(),
                            rs.getString("client_id"), rs.getString("client_name"),
                            BriefingItem.Role.valueOf(rs.getString("role")),
                            EventJson.mapper().readValue(rs.getString("tasks"), TASKS))).list();
            String departingName = Optional.ofNullable(due.departingUserId()).flatMap(directory::staff)
                    .map(Person::name).orElse("—");
            Map<String, String> departure = jdbc.sql("select facts from briefing_departure where departure_id = :d")
                    .param("d", due.departureId()).query(String.class).optional()
                    .map(json -> EventJson.mapper().readValue(json, FACTS)).orElse(Map.of());
            planned = planner.plan(sourceId(due), "DepartureBriefing", DepartureBriefing.messages(recipient.get(),
                    departingName, items, departure, rule.boardLink(due.departureId())));
        }
        jdbc.sql("update briefing set sent_at = now() where departure_id = :departure and recipient_user_id = :recipient")
                .param("departure", due.departureId()).param("recipient", due.recipientUserId()).update();
        log.info("Departure {}: briefing for {} -> {} message(s) planned", due.departureId(), due.recipientUserId(),
                planned);
        return true;
    }

    /** The briefing's source id: the same for the same person and departure, so it is planned once. */
    static String sourceId(Due due) {
        return UUID.nameUUIDFromBytes(("departure-briefing:" + due.departureId() + ":" + due.recipientUserId())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    record Due(String departureId, String recipientUserId, String departingUserId) {
    }
}
