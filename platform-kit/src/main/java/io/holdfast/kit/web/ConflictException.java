package io.holdfast.kit.web;

/** 409: the request is valid but clashes with the current state (a duplicate, a wrong status, self-approval). */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
