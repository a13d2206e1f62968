package io.holdfast.hr.employee;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An employee as hr-service keeps them; also the API body of a read. */
public record Employee(
        UUID id,
        UUID userId,
        String username,
        String fullName,
        String workEmail,
        String personalEmail,
        String position,
        String team,
        UUID lineManagerUserId,
        List<String> roles,
        String language,
        LocalDate hireDate,
        Status status,
        long version) {

    public Employee {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Employment status. */
    public enum Status {
        ACTIVE, NOTICE_GIVEN, DEPARTED
    }
}
