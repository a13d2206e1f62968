package io.holdfast.notifications.digest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.holdfast.contracts.notify.Channel;
import io.holdfast.notifications.delivery.Deliveries;
import io.holdfast.notifications.delivery.NewDelivery;
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
 * the feed. A day's digest has a fixed source id (a name-based UUID of the date), so running it twice on a day,
 * or on two instances, sends nothing twice.
 */
@Component
public class TouchpointDigest {

    private static final Logger log = LoggerFactory.getLogger(TouchpointDigest.class);

    private final OutreachTasks tasks;
    private final Directory directory;
    private final Deliveries deliveries;
    private final TouchpointDigestRule rule;
    private final ZoneId zone;
    private final MessageText text = new MessageText();

    public TouchpointDigest(OutreachTasks tasks, Directory directory, Deliveries deliveries,
            @Value("${holdfast.notifications.digest.horizon-days}") int horizonDays,
            @Value("${holdfast.notifications.digest.zone}") String zone) {
        this.tasks = tasks;
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
        for (TouchpointDigestRule.Digest digest : rule.compose(open, day)) {
            Person person = directory.activeStaff(digest.assigneeUserId()).orElse(null);
            if (person == null) {
                continue;
            }
            String language = NotificationRule.language(person.language());
            Map<String, String> facts = Map.of("recipientName", person.name(), "day", day.toString(),
                    "overdueCount", String.valueOf(digest.overdue().size()),
                    "dueSoonCount", String.valueOf(digest.dueSoon().size()),
                    "overdue", lines(digest.overdue(), language), "dueSoon", lines(digest.dueSoon(), language));
            MessageText.Rendered rendered = text.render(Template.TOUCHPOINT_DIGEST, language, facts);
            for (Channel channel : person.email() == null ? List.of(Channel.IN_APP)
                    : List.of(Channel.EMAIL, Channel.IN_APP)) {
                boolean stored = deliveries.plan(new NewDelivery(sourceId, "TouchpointDigest",
                        Template.TOUCHPOINT_DIGEST.name(), channel,
                        channel == Channel.EMAIL ? person.email() : person.userId(), person.userId(), person.name(),
                        language, rendered.subject(), rendered.text(), rendered.html(), null, null, null)).isPresent();
                planned += stored ? 1 : 0;
            }
        }
        log.info("Touchpoint digest of {}: {} message(s) planned", day, planned);
        return planned;
    }

    static String sourceEventId(LocalDate day) {
        return UUID.nameUUIDFromBytes(("touchpoint-digest:" + day).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String lines(List<OpenTask> tasks, String language) {
        if (tasks.isEmpty()) {
            return "—";
        }
        return tasks.stream().map(t -> t.clientName() + ": " + TaskNames.of(t.kind(), language) + " — " + t.dueOn())
                .collect(Collectors.joining("\n"));
    }
}
