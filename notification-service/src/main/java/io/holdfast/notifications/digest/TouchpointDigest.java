package io.holdfast.notifications.digest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.holdfast.contracts.notify.Channel;
import io.holdfast.notifications.delivery.Deliveries;
import io.holdfast.notifications.delivery.NewDelivery;
import io.holdfast.notifications.directory.ClientTouches;
import io.holdfast.notifications.directory.Directory;
import io.holdfast.notifications.directory.OpenTask;
import io.holdfast.notifications.directory.OutreachTasks;
import io.holdfast.notifications.routing.MessageText;
import io.holdfast.notifications.routing.NotificationRule;
import io.holdfast.notifications.routing.Person;
import io.holdfast.notifications.routing.TaskNames;
import io.holdfast.notifications.routing.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest of touchpoints due and overdue, to each executive or manager who owes them, by e-mail and in
 * the feed: open handover tasks, and the executive touch (to the sponsor) and company-level touch (to the account
 * manager) that the cadence asks for. A day's digest has a fixed source id (a name-based UUID of the date), so
 * running it twice on a day, or on two instances, sends nothing twice.
 */
@Component
public class TouchpointDigest {

    private static final Logger log = LoggerFactory.getLogger(TouchpointDigest.class);

    private final OutreachTasks tasks;
    private final Directory directory;
    private final Deliveries deliveries;
    private final TouchpointDigestRule rule;
    private final ClientTouches touches;
    private final TouchpointDueRule cadence;
    private final ZoneId zone;
    private final MessageText text = new MessageText();

    public TouchpointDigest(OutreachTasks tasks, ClientTouches touches, Directory directory, Deliveries deliveries,
            @Value("${holdfast.notifications.digest.horizon-days}") int horizonDays,
            @Value("${holdfast.notifications.digest.zone}") String zone,
            @Value("${holdfast.notifications.touchpoints.executive-every-days:90}") int executiveEveryDays,
            @Value("${holdfast.notifications.touchpoints.company-every-days:180}") int companyEveryDays) {
        this.tasks = tasks;
        this.touches = touches;
        this.cadence = new TouchpointDueRule(executiveEveryDays, companyEveryDays);
        this.directory = directory;
        this.deliveries = deliveries;
        this.rule = new TouchpointDigestRule(horizonDays);
        this.zone = ZoneId.of(zone);
    }

    @Scheduled(cron = "${holdfast.notifications.digest.cron}", zone = "${holdfast.notifications.digest.zone}")
    public void daily() {
        send(LocalDate.now(zone));
    }

    /** Plans the digests of {@code day}; returns how many new messages were planned. */
    @Transactional
    public int send(LocalDate day) {
        List<OpenTask> open = tasks.openDueBy(rule.horizon(day));
        String sourceId = sourceEventId(day);
        int planned = 0;
        List<TouchpointDueRule.DueTouch> owed = cadence.due(touches.clients(zone), day, rule.horizon(day));
        for (TouchpointDigestRule.Digest digest : rule.compose(open, owed, day)) {
            Person person = directory.activeStaff(digest.assigneeUserId()).orElse(null);
            if (person == null) {
                continue;
            }
            String language = NotificationRule.language(person.language());
            Map<String, String> facts = Map.of("recipientName", person.name(), "day", day.toString(),
                    "overdueCount", String.valueOf(digest.overdueCount()),
                    "dueSoonCount", String.valueOf(digest.dueSoonCount()),
                    "overdue", lines(digest.overdue(), digest.overdueTouches(), language),
                    "dueSoon", lines(digest.dueSoon(), digest.dueSoonTouches(), language));
            MessageText.Rendered rendered = text.render(Template.TOUCHPOINT_DIGEST, language, facts);
            for (Channel channel : person.email() == null ? List.of(Channel.IN_APP)
                    : List.of(Channel.EMAIL, Channel.IN_APP)) {
                boolean stored = deliveries.plan(NewDelivery.toStaff(sourceId, "TouchpointDigest",
                        Template.TOUCHPOINT_DIGEST.name(), channel,
                        channel == Channel.EMAIL ? person.email() : person.userId(), person.userId(), person.name(),
                        language, rendered.subject(), rendered.text(), rendered.html())).isPresent();
                planned += stored ? 1 : 0;
            }
        }
        log.info("Touchpoint digest of {}: {} message(s) planned", day, planned);
        return planned;
    }

    static String sourceEventId(LocalDate day) {
        return UUID.nameUUIDFromBytes(("touchpoint-digest:" + day).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** How many lines a section lists before "and N more": a sponsor of 600 handed-over clients gets a readable digest. */
    static final int LISTED = 30;

    static String lines(List<OpenTask> tasks, List<TouchpointDueRule.DueTouch> owed, String language) {
        if (tasks.isEmpty() && owed.isEmpty()) {
            return "—";
        }
        List<String> all = Stream.concat(
                tasks.stream().map(t -> t.clientName() + ": " + TaskNames.of(t.kind(), language) + " — " + t.dueOn()),
                owed.stream().map(t -> t.clientName() + ": " + touchName(t.kind(), language) + " — " + t.dueOn()))
                .toList();
        String listed = String.join("\n", all.subList(0, Math.min(LISTED, all.size())));
        int more = all.size() - LISTED;
        return more <= 0 ? listed : listed + "\n" + ("ru".equals(language) ? "… и ещё " + more + " (все — в портале)"
                : "… and " + more + " more (all of them in the portal)");
    }

    private static String touchName(TouchpointDueRule.Kind kind, String language) {
        boolean ru = "ru".equals(language);
        return switch (kind) {
            case EXECUTIVE -> ru ? "Контакт руководства с клиентом" : "Executive touch";
            case COMPANY -> ru ? "Контакт от имени компании" : "Company-level touch";
        };
    }
}
