package io.holdfast.kit.web;

import org.springframework.http.HttpStatus;

/**
 * A valid request the caller may not make now, answered with {@code status} and a stable {@code code} that clients
 * and tests match on (for example 429 READ_CAP_IN_NOTICE). The refusing code audits it before throwing.
 */
public class RefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public RefusedException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
