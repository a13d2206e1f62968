package io.holdfast.notifications.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import io.holdfast.contracts.crm.HandoverPlanned;
import io.holdfast.notifications.directory.OpenTask;
import org.junit.jupiter.api.Test;

/** A digest stays readable when a departure hands someone hundreds of clients: it lists the first ones and counts the rest. */
class TouchpointDigestLinesTest {

    @Test
    void sixHundredTasksListTheFirstThirtyAndCountTheRest() {
        List<OpenTask> tasks = IntStream.range(0, 600).mapToObj(i -> new OpenTask("u-sponsor", "c-" + i,
                "Client %03d".formatted(i), HandoverPlanned.Task.Kind.EXECUTIVE_CALL, LocalDate.of(2026, 12, 10))).toList();

        String lines = TouchpointDigest.lines(tasks, List.of(), "en");

        assertThat(lines.lines()).hasSize(TouchpointDigest.LISTED + 1).first().asString().startsWith("Client 000: ");
        assertThat(lines).endsWith("… and 570 more (all of them in the portal)");
        assertThat(TouchpointDigest.lines(tasks.subList(0, 3), List.of(), "ru").lines()).hasSize(3);
    }
}
