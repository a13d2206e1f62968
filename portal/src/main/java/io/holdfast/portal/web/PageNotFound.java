package io.holdfast.portal.web;

/** The object a page is about does not exist, or the signed-in person may not see it (the service said 404). */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String what) {
        super(what + " not found");
    }
}
