package io.holdfast.kit.kafka;

import java.util.List;
import java.util.Map;

import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import io.holdfast.kit.web.PageLimit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ops: list this service's dead letters and replay one or all. */
@RestController
@RequestMapping("${holdfast.api-prefix}/ops/dead-letters")
@PreAuthorize("hasRole('ops')")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    public List<DeadLetters.DeadLetter> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Long before, @RequestParam(required = false) Integer limit) {
        if (status != null && !List.of("NEW", "REPLAYED").contains(status)) {
            throw new io.holdfast.kit.web.BadRequestException("status", "must be NEW or REPLAYED");
        }
        return deadLetters.list(status, before, PageLimit.of(limit));
    }

    @GetMapping("/{id}")
    public DeadLetters.DeadLetter get(@PathVariable long id) {
        return deadLetters.find(id).orElseThrow(() -> new NotFoundException("dead letter", id));
    }

    @PostMapping("/{id}/replay")
    public DeadLetters.DeadLetter replay(@PathVariable long id) {
        return deadLetters.replay(id, Actor.current().username())
                .orElseThrow(() -> new NotFoundException("dead letter", id));
    }

    @PostMapping("/replay")
    public Map<String, Integer> replayAll() {
        return Map.of("replayed", deadLetters.replayAll(Actor.current().username()));
    }
}
