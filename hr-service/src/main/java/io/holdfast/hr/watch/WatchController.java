package io.holdfast.hr.watch;

import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hr")
public class WatchController {

    private final WatchService watches;

    WatchController(WatchService watches) {
        this.watches = watches;
    }

    /** Watches by end date; {@code active=true} (default) only those whose window has not ended. */
    @GetMapping("/watches")
    @PreAuthorize("hasAnyRole('owner','legal')")
    public List<Watch> watches(@RequestParam(defaultValue = "true") boolean active,
            @RequestParam(required = false) Integer limit) {
        return watches.watches(active, PageLimit.of(limit));
    }

    /** Claims, newest first; {@code open=true} only DRAFT and SENT. */
    @GetMapping("/claims")
    @PreAuthorize("hasAnyRole('owner','legal')")
    public List<Claim> claims(@RequestParam(required = false) Claim.Status status,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) Integer limit) {
        return watches.claims(status, open, PageLimit.of(limit));
    }

    @GetMapping("/claims/{id}")
    @PreAuthorize("hasAnyRole('owner','legal')")
    public Claim claim(@PathVariable UUID id) {
        return watches.claim(id).orElseThrow(() -> new NotFoundException("claim", id));
    }

    @PatchMapping("/claims/{id}")
    @PreAuthorize("hasRole('legal')")
    public Claim change(@PathVariable UUID id, @Valid @RequestBody WatchService.ClaimChange body) {
        return watches.change(id, body);
    }
}
