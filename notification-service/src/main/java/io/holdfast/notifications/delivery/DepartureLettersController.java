package io.holdfast.notifications.delivery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How far a departure's client letters have gone: planned, accepted by the mail server, failed, still queued. */
@RestController
@RequestMapping("${holdfast.api-prefix}/departures")
public class DepartureLettersController {

    private final Deliveries deliveries;

    DepartureLettersController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** The same readers as the handover board; counts only, no recipient or address. */
    @GetMapping("/{departureId}/letters")
    @PreAuthorize("hasAnyRole('owner','team-lead','hr','legal','ops')")
    public Deliveries.LetterProgress letters(@PathVariable String departureId) {
        return deliveries.letters(departureId);
    }
}
