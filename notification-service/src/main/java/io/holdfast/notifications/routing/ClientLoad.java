package io.holdfast.notifications.routing;

/** How many active clients an account manager has, and how many of them are at high risk. */
public record ClientLoad(int clients, int highRisk) {
}
