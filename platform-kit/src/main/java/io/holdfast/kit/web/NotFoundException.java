package io.holdfast.kit.web;

/** 404: the thing does not exist, or the caller may not know that it does (object-level access). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No " + what + " with id " + id);
    }
}
