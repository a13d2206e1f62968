package io.holdfast.notifications.routing;

/**
 * Someone a message goes to: a member of staff (with a Keycloak user id, so also an in-app feed) or a
 * client's contact / a former employee (e-mail only, userId null).
 */
public record Person(String userId, String name, String email, String language) {

    public boolean isStaff() {
        return userId != null;
    }
}
