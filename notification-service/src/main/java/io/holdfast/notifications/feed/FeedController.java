package io.holdfast.notifications.feed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The in-app feed for the portal: the caller's own notifications, newest first. Everyone sees only the entries
 * addressed to their own user id (the token's sub); another user's entry answers 404, as if it did not exist.
 */
@RestController
@RequestMapping("${holdfast.api-prefix}/feed")
@PreAuthorize("isAuthenticated()")
public class FeedController {

    private final JdbcClient jdbc;

    FeedController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record FeedEntry(UUID id, String template, String subject, String text, Instant createdAt, Instant readAt) {
    }

    @GetMapping
    public List<FeedEntry> list(@RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(required = false) Integer limit) {
        return jdbc.sql("""
                select id, template, subject, body_text, created_at, read_at from delivery
                where channel = 'IN_APP' and recipient_user_id = :me and (not :unreadOnly or read_at is null)
                order by created_at desc, id
                limit :limit
                """).param("me", Actor.current().userId()).param("unreadOnly", unreadOnly)
                .param("limit", PageLimit.of(limit))
                .query((rs, n) -> new FeedEntry(rs.getObject("id", UUID.class), rs.getString("template"),
                        rs.getString("subject"), rs.getString("body_text"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("read_at"))))
                .list();
    }

    @GetMapping("/unread-count")
    public Map<String, Long> unreadCount() {
        long count = jdbc.sql("""
                select count(*) from delivery where channel = 'IN_APP' and recipient_user_id = :me and read_at is null
                """).param("me", Actor.current().userId()).query(Long.class).single();
        return Map.of("unread", count);
    }

    @PostMapping("/{id}/read")
    public Map<String, Object> markRead(@PathVariable UUID id) {
        int found = jdbc.sql("""
                update delivery set read_at = coalesce(read_at, now())
                where id = :id and channel = 'IN_APP' and recipient_user_id = :me
                """).param("id", id).param("me", Actor.current().userId()).update();
        if (found == 0) {
            throw new NotFoundException("notification", id);
        }
        return Map.of("id", id, "read", true);
    }

    @PostMapping("/read-all")
    public Map<String, Integer> markAllRead() {
        int marked = jdbc.sql("""
                update delivery set read_at = now()
                where channel = 'IN_APP' and recipient_user_id = :me and read_at is null
                """).param("me", Actor.current().userId()).update();
        return Map.of("marked", marked);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
