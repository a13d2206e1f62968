package io.holdfast.contracts;

import java.util.List;

/** Kafka topic names. Each topic is keyed by the aggregate id, so order holds per aggregate. */
public final class Topics {

    public static final String HR_EMPLOYEES = "hr.employees.v1";
    public static final String HR_COMPLIANCE = "hr.compliance.v1";
    public static final String CRM_CLIENTS = "crm.clients.v1";
    public static final String CRM_ACCESS = "crm.access.v1";
    public static final String FINANCE_BILLING = "finance.billing.v1";
    public static final String NOTIFY_DELIVERIES = "notify.deliveries.v1";

    private static final String DEAD_LETTER_SUFFIX = "-dlt";

    private static final List<String> ALL = List.of(
            HR_EMPLOYEES, HR_COMPLIANCE, CRM_CLIENTS, CRM_ACCESS, FINANCE_BILLING, NOTIFY_DELIVERIES);

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}: {@code <topic>-dlt}. */
    public static String deadLetter(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** All event topics (without dead-letter topics), in a stable order. */
    public static List<String> all() {
        return ALL;
    }
}
