package io.holdfast.hr.penalty;

import io.holdfast.kit.web.NotFoundException;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/hr/penalties")
public class PenaltyController {

    private final PenaltyService penalties;

    PenaltyController(PenaltyService penalties) {
        this.penalties = penalties;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('owner','hr','legal','finance')")
    public Penalty get(@PathVariable UUID id) {
        return penalties.find(id).orElseThrow(() -> new NotFoundException("penalty", id));
    }

    /** Only the owner waives or reduces a penalty. */
    @PostMapping("/{id}/adjustment")
    @PreAuthorize("hasRole('owner')")
    public Penalty adjust(@PathVariable UUID id, @Valid @RequestBody PenaltyService.Adjustment body) {
        return penalties.adjust(id, body);
    }
}
