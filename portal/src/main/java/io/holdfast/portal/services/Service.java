package io.holdfast.portal.services;

/** The back-end services the portal reads, each with its API prefix and the message key of its name. */
public enum Service {
    HR("hr", "/api/hr"),
    CLIENTS("clients", "/api/clients"),
    FINANCE("finance", "/api/finance"),
    NOTIFICATIONS("notifications", "/api/notifications");

    private final String key;
    private final String prefix;

    Service(String key, String prefix) {
        this.key = key;
        this.prefix = prefix;
    }

    public String key() {
        return key;
    }

    public String prefix() {
        return prefix;
    }
}
