package io.holdfast.kit.testapp;

import java.util.Map;
import java.util.UUID;

import io.holdfast.kit.audit.AuditLog;
import io.holdfast.kit.outbox.Outbox;
import io.holdfast.kit.web.ConflictException;
import io.holdfast.kit.web.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/kit/widgets")
public class WidgetController {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final AuditLog audit;

    WidgetController(JdbcClient jdbc, Outbox outbox, AuditLog audit) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.audit = audit;
    }

    public record NewWidget(@NotBlank @Size(max = 50) String name, @Min(0) int quantity) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @PreAuthorize("hasRole('owner')")
    public Map<String, Object> create(@Valid @RequestBody NewWidget widget) {
        Integer existing = jdbc.sql("select count(*) from widget where name = :name").param("name", widget.name())
                .query(Integer.class).single();
        if (existing > 0) {
            throw new ConflictException("duplicate-widget", "A widget named '" + widget.name() + "' already exists");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into widget (id, name, quantity) values (:id, :name, :q)")
                .param("id", id).param("name", widget.name()).param("q", widget.quantity()).update();
        UUID eventId = outbox.publish(WidgetEvents.sample(id.toString()));
        audit.record("widget.created", "widget", id, Map.of("name", widget.name()));
        return Map.of("id", id, "eventId", eventId);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('owner','account-manager')")
    public Map<String, Object> get(@PathVariable UUID id) {
        return jdbc.sql("select id, name, quantity from widget where id = :id").param("id", id)
                .query().singleRow().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @GetMapping("/missing/{id}")
    @PreAuthorize("isAuthenticated()")
    public Map<String, Object> missing(@PathVariable UUID id) {
        throw new NotFoundException("widget", id);
    }

    @GetMapping("/broken")
    @PreAuthorize("isAuthenticated()")
    public Map<String, Object> broken() {
        throw new IllegalStateException("secret internal detail");
    }
}
