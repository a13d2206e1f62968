package io.holdfast.portal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo company: the realm's demo staff as employees with contracts, and the clients of the north team's two
 * account managers, with contacts, revenue and a few touchpoints. Plain data, dated relative to {@code today} so
 * the cadence and risk rules have something to say on any day.
 */
public final class DemoCompany {

    public static final String OLGA = "11111111-1111-4111-8111-000000000001";
    public static final String TOM = "11111111-1111-4111-8111-000000000002";
    public static final String ANNA = "11111111-1111-4111-8111-000000000003";
    public static final String MARK = "11111111-1111-4111-8111-000000000004";

    private static final String[][] STAFF = {
            // userId, username, full name, position, team, line manager, role, language
            {OLGA, "olga.owner", "Olga Owner", "Managing director", "board", null, "owner", "en"},
            {TOM, "tom.lead", "Tom Lead", "Team lead, north", "north", OLGA, "team-lead", "en"},
            {ANNA, "anna.manager", "Anna Manager", "Account manager", "north", TOM, "account-manager", "en"},
            {MARK, "mark.manager", "Mark Manager", "Senior account manager", "north", TOM, "account-manager", "ru"},
            {"11111111-1111-4111-8111-000000000005", "fiona.finance", "Fiona Finance", "Accountant", "finance", OLGA, "finance", "en"},
            {"11111111-1111-4111-8111-000000000006", "felix.finance", "Felix Finance", "Accountant", "finance", OLGA, "finance", "en"},
            {"11111111-1111-4111-8111-000000000007", "hanna.hr", "Hanna HR", "HR manager", "people", OLGA, "hr", "en"},
            {"11111111-1111-4111-8111-000000000008", "leo.legal", "Leo Legal", "Counsel", "legal", OLGA, "legal", "en"},
    };

    private static final Object[][] CLIENTS = {
            // name, tax id, segment, manager, revenue, currency, language, years a client, contact name, contact e-mail
            {"Nordwind Logistik GmbH", "DE-811234001", "logistics", MARK, "240000.00", "EUR", "en", 6, "Petra Lang", "petra.lang@nordwind.example.com"},
            {"Baltic Timber AS", "EE-10234002", "manufacturing", MARK, "185000.00", "EUR", "en", 4, "Jaan Tamm", "jaan.tamm@baltictimber.example.com"},
            {"ООО Северный Ветер", "RU-7701234003", "retail", MARK, "96000.00", "EUR", "ru", 3, "Ирина Смирнова", "irina.smirnova@severveter.example.com"},
            {"Alpine Dairy AG", "CH-1234004", "food", MARK, "132000.00", "EUR", "en", 8, "Urs Keller", "urs.keller@alpinedairy.example.com"},
            {"Harbour Fresh Ltd", "GB-123400005", "food", MARK, "58000.00", "EUR", "en", 2, "Emma Hill", "emma.hill@harbourfresh.example.com"},
            {"Kvadrat Stroy LLC", "RU-7701234006", "construction", MARK, "310000.00", "EUR", "ru", 5, "Олег Кузнецов", "oleg.kuznetsov@kvadrat.example.com"},
            {"Lumen Optics BV", "NL-1234007", "electronics", ANNA, "77000.00", "EUR", "en", 3, "Sanne de Vries", "sanne.devries@lumen.example.com"},
            {"Oakfield Schools Trust", "GB-123400008", "education", ANNA, "45000.00", "EUR", "en", 7, "Mark Reed", "mark.reed@oakfield.example.com"},
            {"Vega Pharma SRL", "IT-1234009", "pharma", ANNA, "260000.00", "EUR", "en", 5, "Giulia Conti", "giulia.conti@vegapharma.example.com"},
            {"Polar Bakery Oy", "FI-1234010", "food", ANNA, "39000.00", "EUR", "en", 1, "Aino Virtanen", "aino.virtanen@polarbakery.example.com"},
            {"Delta Freight Sp. z o.o.", "PL-1234011", "logistics", ANNA, "120000.00", "EUR", "en", 4, "Piotr Nowak", "piotr.nowak@deltafreight.example.com"},
            {"Sunrise Hotels SA", "ES-1234012", "hospitality", ANNA, "88000.00", "EUR", "en", 2, "Lucia Garcia", "lucia.garcia@sunrisehotels.example.com"},
    };

    private DemoCompany() {
    }

    /** Hiring requests for hr-service, in order (line managers first). */
    public static List<Map<String, Object>> employees(LocalDate today) {
        List<Map<String, Object>> hires = new ArrayList<>();
        for (int i = 0; i < STAFF.length; i++) {
            String[] s = STAFF[i];
            Map<String, Object> hire = new LinkedHashMap<>();
            hire.put("userId", s[0]);
            hire.put("username", s[1]);
            hire.put("fullName", s[2]);
            hire.put("workEmail", s[1] + "@holdfast.example.com");
            hire.put("personalEmail", s[1].replace('.', '-') + "@mail.example.org");
            hire.put("position", s[3]);
            hire.put("team", s[4]);
            hire.put("lineManagerUserId", s[5]);
            hire.put("roles", List.of(s[6]));
            hire.put("language", s[7]);
            hire.put("hireDate", today.minusYears(2 + i % 4).minusMonths(i).toString());
            hires.add(hire);
        }
        return hires;
    }

    /** The account managers' contracts: a committed term with a pro-rata early-departure penalty, and clauses. */
    public static Map<String, Object> contract(String username, LocalDate today) {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("contractNumber", "HF-" + username.toUpperCase(java.util.Locale.ROOT).replace('.', '-'));
        contract.put("signedOn", today.minusYears(1).toString());
        contract.put("startDate", today.minusYears(1).toString());
        contract.put("committedTermEnd", today.plusMonths(14).withDayOfMonth(1).toString());
        contract.put("currency", "EUR");
        contract.put("earlyDeparture", Map.of("kind", "PRO_RATA", "monthlyRate", "1500.00"));
        contract.put("documentUse", Map.of("penaltyPerViolation", "5000.00"));
        contract.put("nonSolicitation", Map.of("months", 12, "kind", "PER_CLIENT", "amount", "25000.00"));
        return contract;
    }

    /** Client registrations for client-service, each with a primary contact who is also the billing contact. */
    public static List<Map<String, Object>> clients(LocalDate today) {
        List<Map<String, Object>> clients = new ArrayList<>();
        for (Object[] c : CLIENTS) {
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("name", c[0]);
            client.put("taxId", c[1]);
            client.put("segment", c[2]);
            client.put("team", "north");
            client.put("accountManagerUserId", c[3]);
            client.put("executiveSponsorUserId", OLGA);
            client.put("clientSince", today.minusYears((Integer) c[7]).toString());
            client.put("yearlyRevenue", c[4]);
            client.put("currency", c[5]);
            client.put("language", c[6]);
            String domain = ((String) c[9]).substring(((String) c[9]).indexOf('@') + 1);
            // a second person at the client, so that the relationship does not hang on one name and finance has
            // someone to move the invoices to
            client.put("contacts", List.of(
                    Map.of("name", c[8], "role", "Director", "email", c[9], "primary", true, "billing", true),
                    Map.of("name", "Accounts payable", "role", "Accounts payable", "email", "accounts@" + domain,
                            "primary", false, "billing", false)));
            clients.add(client);
        }
        return clients;
    }

    /**
     * Touchpoints for the first clients: recent executive calls for some, none for others, so coverage and risk
     * differ across the company.
     */
    public static List<Map<String, Object>> touchpoints(int clientIndex, java.time.Instant now) {
        return switch (clientIndex % 4) {
            case 0 -> List.of(touch("EXECUTIVE_CALL", now.minus(java.time.Duration.ofDays(20)), "Quarterly review", true));
            case 1 -> List.of(touch("MEETING", now.minus(java.time.Duration.ofDays(5)), "Project kick-off", false),
                    touch("GIFT", now.minus(java.time.Duration.ofDays(60)), "Anniversary gift", true));
            case 2 -> List.of(touch("CALL", now.minus(java.time.Duration.ofDays(2)), "Order follow-up", false));
            default -> List.of();
        };
    }

    private static Map<String, Object> touch(String kind, java.time.Instant at, String notes, boolean companyLevel) {
        return Map.of("kind", kind, "at", at.toString(), "notes", notes, "companyLevel", companyLevel);
    }

    /** An invoice of one service line for a client, a twelfth of its yearly revenue. */
    public static Map<String, Object> invoice(String clientId, String yearlyRevenue) {
        String monthly = new java.math.BigDecimal(yearlyRevenue).divide(java.math.BigDecimal.valueOf(12), 2,
                java.math.RoundingMode.HALF_UP).toPlainString();
        return Map.of("clientId", clientId, "currency", "EUR", "paymentTermsDays", 14,
                "lines", List.of(Map.of("description", "Monthly service", "quantity", "1", "unitPrice", monthly,
                        "taxRate", "0.19")));
    }
}
