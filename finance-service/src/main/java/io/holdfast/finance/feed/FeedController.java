package io.holdfast.finance.feed;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.holdfast.kit.EventJson;
import io.holdfast.kit.web.BadRequestException;
import io.holdfast.kit.web.PageLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Invoices and payments changed since a cursor, for the finance system (client-credentials token, realm role
 * finance-system) and finance staff. Keep the returned {@code next} and ask again with {@code after=next}; an
 * empty page means "nothing new yet", not "the end".
 */
@RestController
@RequestMapping("/api/finance/feed")
public class FeedController {

    private final ChangeLog changes;

    FeedController(ChangeLog changes) {
        this.changes = changes;
    }

    public record FeedItem(String cursor, String entityType, UUID entityId, String change, Instant changedAt,
            JsonNode state) {
    }

    public record FeedPage(List<FeedItem> items, String next) {
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('finance-system','finance')")
    @Transactional(readOnly = true)
    public FeedPage feed(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        FeedCursor cursor = FeedCursor.parse(after)
                .orElseThrow(() -> new BadRequestException("after", "must be a cursor returned by this feed"));
        List<FeedItem> items = changes.after(cursor.xid(), cursor.id(), PageLimit.of(limit)).stream()
                .map(r -> new FeedItem(new FeedCursor(r.xid(), r.id()).toString(), r.entityType(), r.entityId(),
                        r.change(), r.changedAt(), EventJson.mapper().readTree(r.payload())))
                .toList();
        String next = items.isEmpty() ? cursor.toString() : items.getLast().cursor();
        return new FeedPage(items, next);
    }
}
