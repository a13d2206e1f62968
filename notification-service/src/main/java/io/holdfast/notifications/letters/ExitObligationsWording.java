package io.holdfast.notifications.letters;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit-obligations letter's clauses in plain words, from the clause values carried by EmployeeDeparted. */
final class ExitObligationsWording {

    private ExitObligationsWording() {
    }

    static Map<String, String> sentences(Map<String, String> f, String lang) {
        boolean ru = "ru".equals(lang);
        String currency = f.getOrDefault("currency", "");
        Map<String, String> s = new LinkedHashMap<>();
        if (!f.containsKey("contractNumber")) {
            String none = ru ? "Подписанного договора с особыми условиями у нас нет."
                    : "We have no signed contract with special clauses on record.";
            s.put("contractText", none);
            s.put("earlyDepartureText", "—");
            s.put("documentUseText", "—");
            s.put("nonSolicitationText", "—");
            return s;
        }
        s.put("contractText", ru
                ? "Договор № " + f.get("contractNumber") + " (редакция " + f.get("amendment") + ")."
                : "Contract no. " + f.get("contractNumber") + " (amendment " + f.get("amendment") + ").");
        String early = f.get("earlyDepartureAmount");
        if (early == null) {
            s.put("earlyDepartureText", ru ? "Не предусмотрено." : "None.");
        } else if ("FIXED".equals(f.get("earlyDepartureKind"))) {
            s.put("earlyDepartureText", ru
                    ? "При уходе до окончания обязательного срока — фиксированная сумма " + early + " " + currency + "."
                    : "Leaving before the committed term ends costs a fixed " + early + " " + currency + ".");
        } else {
            s.put("earlyDepartureText", ru
                    ? "При уходе до окончания обязательного срока — " + early + " " + currency
                            + " за каждый оставшийся месяц."
                    : "Leaving before the committed term ends costs " + early + " " + currency
                            + " for each remaining month.");
        }
        String doc = f.get("documentUsePenalty");
        s.put("documentUseText", doc == null ? (ru ? "Не предусмотрено." : "None.") : ru
                ? "Использование документов компании после увольнения запрещено: штраф " + doc + " " + currency
                        + " за каждый случай."
                : "You may not use company documents after leaving: " + doc + " " + currency + " per violation.");
        String months = f.get("nonSolicitationMonths");
        if (months == null) {
            s.put("nonSolicitationText", ru ? "Не предусмотрено." : "None.");
        } else {
            boolean perClient = "PER_CLIENT".equals(f.get("nonSolicitationKind"));
            String amount = f.get("nonSolicitationAmount") + " " + currency;
            String until = f.getOrDefault("nonSolicitationEndsOn", "—");
            s.put("nonSolicitationText", ru
                    ? months + " мес. после последнего рабочего дня, до " + until
                            + " включительно, вы не можете переманивать клиентов компании. Штраф: " + amount
                            + (perClient ? " за каждого клиента." : " однократно.")
                    : "For " + months + " months after your last working day, until " + until
                            + " inclusive, you may not take the company's clients. Penalty: " + amount
                            + (perClient ? " per client." : ", once."));
        }
        return s;
    }
}
