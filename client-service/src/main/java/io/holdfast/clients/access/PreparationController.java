package io.holdfast.clients.access;

import java.time.Instant;
import java.util.List;

import io.holdfast.clients.access.PreparationSignal.Signal;
import io.holdfast.clients.client.ClientAccess;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.kit.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who looks like they are preparing to leave, with the evidence: the owner sees everyone, a team lead their team. */
@RestController
@RequestMapping("/api/clients")
public class PreparationController {

    private final PreparationWatch watch;
    private final ClientAccess access;
    private final EmployeeDirectory directory;

    PreparationController(PreparationWatch watch, ClientAccess access, EmployeeDirectory directory) {
        this.watch = watch;
        this.access = access;
        this.directory = directory;
    }

    @GetMapping("/preparation-signals")
    @PreAuthorize("hasAnyRole('owner','team-lead')")
    public List<Signal> signals() {
        Actor actor = Actor.current();
        List<Signal> all = watch.signals(Instant.now());
        if (actor.hasRole("owner")) {
            return all;
        }
        String team = access.ledTeam(actor);
        // a team lead sees their team's people, never themselves (their own signal is for the owner)
        return all.stream().filter(s -> team != null && !s.userId().equals(actor.userId())
                && team.equals(directory.teamOf(s.userId()).orElse(null))).toList();
    }
}
