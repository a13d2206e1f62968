package io.holdfast.kit.web;

/** 400 for one offending field, found by a rule rather than by bean validation. */
public class BadRequestException extends RuntimeException {

    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
