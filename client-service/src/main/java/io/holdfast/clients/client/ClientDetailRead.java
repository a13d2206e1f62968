package io.holdfast.clients.client;

import java.util.UUID;

/** In-process notice that someone read a client's detail; the access feature records it. */
public record ClientDetailRead(UUID clientId, String userId, String username) {
}
