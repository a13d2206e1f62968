package io.holdfast.notifications.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.holdfast.notifications.directory.OpenTask;

/**
 * What goes into each person's daily digest: their open tasks that are overdue (due before today) and those due
 * within the horizon (today included). Nobody gets an empty digest.
 */
public final class TouchpointDigestRule {

    private final int horizonDays;

    public TouchpointDigestRule(int horizonDays) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must not be negative");
        }
        this.horizonDays = horizonDays;
    }

    /** One person's digest. */
    public record Digest(String assigneeUserId, List<OpenTask> overdue, List<OpenTask> dueSoon) {
    }

    /** The last due date a digest on {@code today} shows. */
    public LocalDate horizon(LocalDate today) {
        return today.plusDays(horizonDays);
    }

    public List<Digest> compose(List<OpenTask> open, LocalDate today) {
        Map<String, List<OpenTask>> overdue = new LinkedHashMap<>();
        Map<String, List<OpenTask>> dueSoon = new LinkedHashMap<>();
        for (OpenTask task : open) {
            if (task.dueOn().isBefore(today)) {
                overdue.computeIfAbsent(task.assigneeUserId(), k -> new ArrayList<>()).add(task);
                dueSoon.computeIfAbsent(task.assigneeUserId(), k -> new ArrayList<>());
            } else if (!task.dueOn().isAfter(horizon(today))) {
                dueSoon.computeIfAbsent(task.assigneeUserId(), k -> new ArrayList<>()).add(task);
                overdue.computeIfAbsent(task.assigneeUserId(), k -> new ArrayList<>());
            }
        }
        List<Digest> digests = new ArrayList<>();
        for (String assignee : overdue.keySet()) {
            digests.add(new Digest(assignee, List.copyOf(overdue.get(assignee)), List.copyOf(dueSoon.get(assignee))));
        }
        return digests;
    }
}
