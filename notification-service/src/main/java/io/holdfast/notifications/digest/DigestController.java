package io.holdfast.notifications.digest;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs a day's digest now (ops, e.g. after an outage at the scheduled hour); a second run sends nothing new. */
@RestController
@RequestMapping("${holdfast.api-prefix}/digest")
public class DigestController {

    private final TouchpointDigest digest;

    DigestController(TouchpointDigest digest) {
        this.digest = digest;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ops','owner')")
    public Map<String, Object> run(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return Map.of("day", day.toString(), "planned", digest.send(day));
    }
}
