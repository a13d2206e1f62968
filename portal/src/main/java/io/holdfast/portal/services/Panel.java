package io.holdfast.portal.services;

import java.util.function.Function;

/**
 * What one service answered for one panel of a page: a value, or the reason there is none. A page is built from
 * several panels so that one service being down or refusing darkens only its own panel.
 *
 * @param value   the answer, null when there is a problem
 * @param problem why there is no value, null when there is one
 */
public record Panel<T>(T value, Problem problem) {

    public static <T> Panel<T> of(T value) {
        return new Panel<>(value, null);
    }

    public static <T> Panel<T> failed(Problem problem) {
        return new Panel<>(null, problem);
    }

    public boolean ok() {
        return problem == null;
    }

    public <R> Panel<R> map(Function<T, R> f) {
        return ok() ? Panel.of(f.apply(value)) : Panel.failed(problem);
    }

    public T orElse(T other) {
        return ok() ? value : other;
    }

    /**
     * Why a service gave no answer, in words a person understands.
     *
     * @param kind    what went wrong
     * @param service the message key of the service's name
     * @param detail  the service's own explanation (its problem {@code detail}), may be null
     */
    public record Problem(Kind kind, String service, String detail) {

        /** The message key that explains this problem to the user. */
        public String messageKey() {
            return "problem." + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Kind {
        /** the object does not exist or the caller may not see it (services answer 404 for both) */
        NOT_FOUND,
        /** the caller's roles do not allow it */
        FORBIDDEN,
        /** the service refused the input (400, 409, 413) */
        REJECTED,
        /** the service is down, slow or broken (5xx, timeout, connection refused) */
        UNAVAILABLE,
        /** the sign-in has expired */
        SIGNED_OUT;

        /** The kind of problem an HTTP status from a service means. */
        public static Kind ofStatus(int status) {
            if (status == 404) {
                return NOT_FOUND;
            }
            if (status == 403) {
                return FORBIDDEN;
            }
            if (status == 401) {
                return SIGNED_OUT;
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return REJECTED;
            }
            return UNAVAILABLE;
        }
    }
}
