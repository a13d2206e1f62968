package io.holdfast.clients.client;

import java.util.UUID;

/** A person at a client, as stored. */
public record ContactRecord(UUID id, UUID clientId, String name, String role, String email, String phone,
        boolean primary, boolean billing) {

    io.holdfast.contracts.crm.Contact toEvent() {
        return new io.holdfast.contracts.crm.Contact(id.toString(), name, role, email, phone, primary, billing);
    }
}
