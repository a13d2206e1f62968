package io.holdfast.contracts;

/**
 * Kafka header names of CloudEvents 1.0 in binary content mode. The record value is the JSON
 * payload; {@link #ID} is the consumers' de-duplication key and {@link #SUBJECT} equals the Kafka key.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private static final String SOURCE_PREFIX = "/holdfast/";

    private CloudEventHeaders() {
    }

    /** The {@code ce_source} of a service, e.g. {@code source("hr-service")} = {@code /holdfast/hr-service}. */
    public static String source(String service) {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("service must not be blank");
        }
        return SOURCE_PREFIX + service;
    }
}
