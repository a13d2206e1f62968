package io.holdfast.clients.employee;

import java.util.List;

/** A person as client-service knows them from hr events. */
public record Employee(String userId, String employeeId, String username, String fullName, String workEmail,
        String team, List<String> roles, Status status) {

    public enum Status {
        ACTIVE, NOTICE_GIVEN, DEPARTED
    }

    public boolean leaving() {
        return status != Status.ACTIVE;
    }

    /**
     * What people read for this person: the full name, else the username, else null (a row made from a departure
     * event that arrived before the hire has no full name).
     */
    public String displayName() {
        if (fullName != null && !fullName.isBlank()) {
            return fullName;
        }
        return username != null && !username.isBlank() ? username : null;
    }

    /** The domain of the work e-mail, e.g. {@code holdfast.example}; null if unknown. */
    public String workDomain() {
        if (workEmail == null || !workEmail.contains("@")) {
            return null;
        }
        return workEmail.substring(workEmail.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
