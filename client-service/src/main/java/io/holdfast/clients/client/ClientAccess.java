package io.holdfast.clients.client;

import io.holdfast.clients.employee.Employee;
import io.holdfast.clients.employee.EmployeeDirectory;
import io.holdfast.kit.security.Actor;
import io.holdfast.kit.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Object-level access to clients. Full view: owner all; account manager the clients they manage; team lead the
 * clients of their team (team from the employee projection); hr and legal the clients of a departing or departed
 * manager. Finance sees every client, but only its name and billing contacts. A client outside the scope is a 404.
 */
@Component
public class ClientAccess {

    /** SQL predicate over alias {@code c} for the full view; parameters from {@link Scope}. */
    public static final String FULL_VIEW_SQL = """
            (:all or c.account_manager_user_id = :me or (cast(:team as text) is not null and c.team = :team)
             or (:leaving and exists (select 1 from employee e where e.user_id = c.account_manager_user_id
                                       and e.status <> 'ACTIVE')))""";

    private final EmployeeDirectory directory;
    private final ClientRepository clients;

    ClientAccess(EmployeeDirectory directory, ClientRepository clients) {
        this.directory = directory;
        this.clients = clients;
    }

    public record Scope(String me, boolean all, String team, boolean leaving, boolean finance, boolean canWrite) {
    }

    public Scope scope(Actor actor) {
        boolean owner = actor.hasRole("owner");
        String team = ledTeam(actor);
        // only managers of clients see "their own"; an hr user who happens to be named manager would be odd data
        String me = actor.hasAnyRole("account-manager", "team-lead") ? actor.userId() : "(not a manager)";
        return new Scope(me, owner, team, actor.hasAnyRole("hr", "legal"), actor.hasRole("finance"),
                actor.hasAnyRole("owner", "team-lead", "account-manager"));
    }

    /** The team the caller leads (from the employee projection); null for anyone but a team lead. */
    public String ledTeam(Actor actor) {
        return actor.hasRole("team-lead") ? directory.teamOf(actor.userId()).orElse(null) : null;
    }

    /** Whether the caller is the team lead of {@code team} (never for an unknown team). */
    public boolean leadsTeam(Actor actor, String team) {
        return team != null && team.equals(ledTeam(actor));
    }

    public boolean fullView(Scope s, Client c) {
        if (s.all() || c.accountManagerUserId().equals(s.me()) || (s.team() != null && s.team().equals(c.team()))) {
            return true;
        }
        return s.leaving() && directory.statusOf(c.accountManagerUserId()) != Employee.Status.ACTIVE;
    }

    public boolean namesView(Scope s, Client c) {
        return s.finance() || fullView(s, c);
    }

    /** May the caller change this client (register, edit, contacts, reassign, churn)? */
    public boolean canWrite(Scope s, Client c) {
        return s.canWrite() && (s.all() || c.accountManagerUserId().equals(s.me())
                || (s.team() != null && s.team().equals(c.team())));
    }

    /** Loads a client the caller may see in full, or 404 without telling whether it exists. */
    public Client visible(Actor actor, UUID id) {
        Scope s = scope(actor);
        return clients.find(id).filter(c -> fullView(s, c)).orElseThrow(() -> new NotFoundException("client", id));
    }

    /** Loads a client the caller may change, or 404. */
    public Client writable(Actor actor, UUID id) {
        Scope s = scope(actor);
        return clients.find(id).filter(c -> canWrite(s, c)).orElseThrow(() -> new NotFoundException("client", id));
    }
}
