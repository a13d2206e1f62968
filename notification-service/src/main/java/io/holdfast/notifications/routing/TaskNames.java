package io.holdfast.notifications.routing;

import io.holdfast.contracts.crm.HandoverPlanned;

/** What a handover task is called, in the recipient's language. */
public final class TaskNames {

    private TaskNames() {
    }

    public static String of(HandoverPlanned.Task.Kind kind, String language) {
        boolean ru = "ru".equals(NotificationRule.language(language));
        return switch (kind) {
            case EXECUTIVE_CALL -> ru ? "Звонок руководителя клиенту" : "Executive call to the client";
            case INTRODUCTION_LETTER -> ru ? "Письмо с представлением нового менеджера" : "Introduction letter";
            case BILLING_CONTACT_CONFIRMATION -> ru ? "Подтверждение контакта по оплате"
                    : "Billing contact confirmation";
            case CONTACT_REVIEW -> ru ? "Проверка контактов клиента" : "Contact review";
        };
    }
}
