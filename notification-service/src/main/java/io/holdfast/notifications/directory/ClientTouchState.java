package io.holdfast.notifications.directory;

import java.time.LocalDate;

/** A client still with us, who owes it which touch, and when it was last touched (null: never). */
public record ClientTouchState(String clientId, String clientName, String executiveSponsorUserId,
        String accountManagerUserId, LocalDate clientSince, LocalDate lastExecutiveTouch, LocalDate lastCompanyTouch) {
}
