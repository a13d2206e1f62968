package io.holdfast.notifications.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.holdfast.notifications.directory.OpenTask;

/**
 * What goes into each person's daily digest: their open tasks that are overdue (due before today) and those due
 * within the horizon (today included), and the client touches they owe (see {@link TouchpointDueRule}), in one
 * digest per person. Nobody gets an empty digest.
 */
public final class TouchpointDigestRule {

    private final int horizonDays;

    public TouchpointDigestRule(int horizonDays) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must not be negative");
        }
        this.horizonDays = horizonDays;
    }

    /** One person's digest: handover tasks and touchpoints owed, each overdue or due soon. */
    public record Digest(String assigneeUserId, List<OpenTask> overdue, List<OpenTask> dueSoon,
            List<TouchpointDueRule.DueTouch> overdueTouches, List<TouchpointDueRule.DueTouch> dueSoonTouches) {

        public int overdueCount() {
            return overdue.size() + overdueTouches.size();
        }

        public int dueSoonCount() {
            return dueSoon.size() + dueSoonTouches.size();
        }
    }

    /** The last due date a digest on {@code today} shows. */
    public LocalDate horizon(LocalDate today) {
        return today.plusDays(horizonDays);
    }

    public List<Digest> compose(List<OpenTask> open, LocalDate today) {
        return compose(open, List.of(), today);
    }

    /** Tasks and touches of one person go into one digest; {@code touches} are already within the horizon. */
    public List<Digest> compose(List<OpenTask> open, List<TouchpointDueRule.DueTouch> touches, LocalDate today) {
        Map<String, Parts> byPerson = new LinkedHashMap<>();
        for (OpenTask task : open) {
            if (task.dueOn().isBefore(today)) {
                byPerson.computeIfAbsent(task.assigneeUserId(), k -> new Parts()).overdue.add(task);
            } else if (!task.dueOn().isAfter(horizon(today))) {
                byPerson.computeIfAbsent(task.assigneeUserId(), k -> new Parts()).dueSoon.add(task);
            }
        }
        for (TouchpointDueRule.DueTouch touch : touches) {
            Parts parts = byPerson.computeIfAbsent(touch.ownerUserId(), k -> new Parts());
            (touch.overdue() ? parts.overdueTouches : parts.dueSoonTouches).add(touch);
        }
        List<Digest> digests = new ArrayList<>();
        byPerson.forEach((person, p) -> digests.add(new Digest(person, List.copyOf(p.overdue), List.copyOf(p.dueSoon),
                List.copyOf(p.overdueTouches), List.copyOf(p.dueSoonTouches))));
        return digests;
    }

    private static final class Parts {
        final List<OpenTask> overdue = new ArrayList<>();
        final List<OpenTask> dueSoon = new ArrayList<>();
        final List<TouchpointDueRule.DueTouch> overdueTouches = new ArrayList<>();
        final List<TouchpointDueRule.DueTouch> dueSoonTouches = new ArrayList<>();
    }
}
