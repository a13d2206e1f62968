package io.holdfast.portal.web;

import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

import io.holdfast.portal.services.Panel;

/**
 * The outcome of a form, carried to the page it redirects to as query parameters ({@code done}, {@code problem},
 * {@code service}, {@code detail}): the portal keeps no session, so flash attributes would not survive.
 */
public final class ActionOutcome {

    private ActionOutcome() {
    }

    /** Redirect to {@code path} saying the action succeeded (a message key). */
    public static String done(String path, String messageKey) {
        return "redirect:" + UriComponentsBuilder.fromPath(path).queryParam("done", messageKey).encode().toUriString();
    }

    /** Redirect to {@code path} with the service's problem, in words the page can show. */
    public static String failed(String path, Panel.Problem problem) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path)
                .queryParam("problem", problem.kind().name().toLowerCase(Locale.ROOT))
                .queryParam("service", problem.service());
        if (problem.detail() != null) {
            uri.queryParam("detail", problem.detail().length() > 300
                    ? problem.detail().substring(0, 300) : problem.detail());
        }
        return "redirect:" + uri.encode().toUriString();
    }

    /** Redirect to {@code path} with a problem of the form itself (a message key under {@code problem.}). */
    public static String invalid(String path, String problem) {
        return "redirect:" + UriComponentsBuilder.fromPath(path).queryParam("problem", problem).encode().toUriString();
    }
}
