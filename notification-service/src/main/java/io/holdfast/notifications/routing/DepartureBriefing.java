package io.holdfast.notifications.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.holdfast.contracts.crm.HandoverPlanned;

/**
 * The one message a member of staff gets about a departure: who leaves and when, how many clients they handle,
 * how many of those this person receives and which tasks they are given, summed up per kind with the first due
 * date, the first few clients by name and a link to the board, where the full list lives. A thousand clients make
 * one message, not a thousand.
 */
public final class DepartureBriefing {

    /** How many client names the message lists before "and N more". */
    public static final int NAMED_CLIENTS = 20;

    private DepartureBriefing() {
    }

    /**
     * @param items this person's items of this departure (every role)
     * @param departingName the leaver's name as staff know it
     * @param departure what DepartureScheduled said of the departure (who, team, last day, clients), or empty
     * @param boardLink the departure's handover board in the portal
     */
    public static List<Message> messages(Person recipient, String departingName, List<BriefingItem> items,
            Map<String, String> departure, String boardLink) {
        String language = NotificationRule.language(recipient.language());
        boolean ru = "ru".equals(language);
        TreeSet<String> received = new TreeSet<>(Comparator.comparing(String::toLowerCase));
        Map<HandoverPlanned.Task.Kind, List<LocalDate>> dueByKind = new EnumMap<>(HandoverPlanned.Task.Kind.class);
        TreeSet<String> clientsWithTasks = new TreeSet<>(Comparator.comparing(String::toLowerCase));
        for (BriefingItem item : items) {
            if (item.role() == BriefingItem.Role.RECEIVES) {
                received.add(item.clientName());
            } else if (!item.tasks().isEmpty()) {
                clientsWithTasks.add(item.clientName());
                item.tasks().forEach(t -> dueByKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t.dueOn()));
            }
        }
        int taskCount = dueByKind.values().stream().mapToInt(List::size).sum();
        List<String> taskLines = new ArrayList<>();
        dueByKind.forEach((kind, dues) -> {
            LocalDate first = dues.stream().filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
            taskLines.add(TaskNames.of(kind, language) + ": " + dues.size()
                    + (first == null ? "" : (ru ? ", первый срок " : ", first due ") + first));
        });
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("team", "—");
        facts.put("lastWorkingDay", "—");
        facts.put("clientsHandled", "—");
        facts.put("highRiskClients", "—");
        facts.putAll(departure);
        facts.put("recipientName", recipient.name());
        facts.putIfAbsent("employeeName", departingName);
        facts.put("clients", String.valueOf(received.size()));
        facts.put("clientList", named(received, ru));
        facts.put("taskCount", String.valueOf(taskCount));
        facts.put("taskClients", String.valueOf(clientsWithTasks.size()));
        facts.put("taskSummary", taskLines.isEmpty() ? "—" : String.join("\n", taskLines));
        facts.put("handoverLink", boardLink);
        return NotificationRule.toStaff(Template.DEPARTURE_BRIEFING, List.of(recipient), facts);
    }

    private static String named(TreeSet<String> names, boolean ru) {
        if (names.isEmpty()) {
            return "—";
        }
        List<String> first = names.stream().limit(NAMED_CLIENTS).toList();
        String list = String.join("\n", first);
        int more = names.size() - first.size();
        return more == 0 ? list : list + "\n" + (ru ? "… и ещё " + more : "… and " + more + " more");
    }
}
