package io.holdfast.kit.web;

import java.io.IOException;

/** The request body is larger than {@code holdfast.web.max-body-size}. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
