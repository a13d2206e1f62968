package io.holdfast.notifications.routing;

import java.util.List;
import java.util.Optional;

/** The local projections the rule table reads to find people; never another service's database. */
public interface Recipients {

    /** Active staff holding a realm role. */
    List<Person> withRole(String role);

    /** A member of staff by Keycloak user id. */
    Optional<Person> staff(String userId);

    /** The team a member of staff belongs to. */
    Optional<String> teamOf(String userId);

    /** Active team leads of a team. */
    List<Person> teamLeads(String team);

    Optional<ClientFacts> client(String clientId);

    ClientLoad load(String accountManagerUserId);
}
