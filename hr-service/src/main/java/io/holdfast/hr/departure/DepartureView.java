package io.holdfast.hr.departure;

import io.holdfast.hr.deprovisioning.DeprovisioningState;
import io.holdfast.hr.penalty.Penalty;
import io.holdfast.hr.watch.Watch;

import java.util.List;

/** A departure with everything decided at completion: deprovisioning state, penalties and watches. */
public record DepartureView(Departure departure, String fullName, String username, String team,
        DeprovisioningState deprovisioning, List<Penalty> penalties, List<Watch> watches) {
}
