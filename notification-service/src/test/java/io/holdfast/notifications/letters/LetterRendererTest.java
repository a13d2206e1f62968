package io.holdfast.notifications.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import io.holdfast.notifications.routing.LetterKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDFs carry real, extractable text in both languages: the Cyrillic glyphs are embedded, not boxes. */
class LetterRendererTest {

    static final CompanyProfile COMPANY = new CompanyProfile("Holdfast Trading", "letters/logo.png", "Irina Petrova",
            "Managing Director", "Fiona Finance", "finance@holdfast.example.com");

    final LetterRenderer renderer = new LetterRenderer(COMPANY);

    @Test
    void russianIntroductionLetterHasExtractableCyrillicTextAndTheNames() throws IOException {
        byte[] pdf = renderer.render(LetterKind.INTRODUCTION_LETTER, "ru", Map.of("contactName", "Пётр Иванов",
                "clientName", "ООО Ромашка", "managerName", "Анна Смирнова", "managerEmail", "anna@example.com",
                "sponsorName", "Вера Куратова"));

        String text = text(pdf);
        assertThat(text).contains("Пётр Иванов").contains("ООО Ромашка").contains("Анна Смирнова")
                .contains("Вера Куратова").contains("Fiona Finance").contains("Holdfast Trading")
                .contains("Куратор от руководства");
    }

    @Test
    void englishIntroductionLetterNamesTheFinanceContactFromConfiguration() throws IOException {
        String text = text(renderer.render(LetterKind.INTRODUCTION_LETTER, "en", Map.of("contactName", "Paul Primary",
                "clientName", "Acme", "managerName", "Sam Successor", "managerEmail", "sam@example.com",
                "sponsorName", "Vera Sponsor")));

        assertThat(text).contains("Dear Paul Primary").contains("Sam Successor").contains("finance@holdfast.example.com")
                .contains("Vera Sponsor");
    }

    @Test
    void exitObligationsLetterStatesTheClauseValuesAndDates() throws IOException {
        String text = text(renderer.render(LetterKind.EXIT_OBLIGATIONS_LETTER, "en", Map.of("employeeName",
                "Alex Leaver", "lastWorkingDay", "2026-12-31", "nonSolicitationEndsOn", "2027-12-31",
                "contractNumber", "HR-2024-017", "amendment", "1", "currency", "EUR", "earlyDepartureKind", "FIXED",
                "earlyDepartureAmount", "30000", "documentUsePenalty", "20000", "nonSolicitationMonths", "12")));

        assertThat(text.replaceAll("\\s+", " ")).contains("HR-2024-017").contains("2026-12-31")
                .contains("2027-12-31").contains("fixed 30000 EUR").contains("20000 EUR per violation")
                .contains("For 12 months");
    }

    @Test
    void exitObligationsLetterWithoutAContractSaysSo() throws IOException {
        String text = text(renderer.render(LetterKind.EXIT_OBLIGATIONS_LETTER, "ru", Map.of("employeeName",
                "Алексей", "lastWorkingDay", "2026-12-31")));

        assertThat(text).contains("Подписанного договора").contains("Алексей");
    }

    @Test
    void aClientNameWithCharactersXmlCannotCarryStillGivesTheLetterWithoutThem() throws IOException {
        String text = text(renderer.render(LetterKind.THANK_YOU_LETTER, "en", Map.of("contactName", "Paul\u0001 Primary",
                "clientName", "Acme\u0000\u000B\uFFFE\uD800 Ltd & Sons <EU>")));

        assertThat(text).contains("Paul Primary").contains("Acme Ltd & Sons <EU>");
    }

    @Test
    void escapingKeepsTabsNewlinesAndCharactersBeyondTheBasicPlane() {
        assertThat(LetterRenderer.escape("a\tb\u0007c\uD83D\uDE00")).isEqualTo("a\tbc\uD83D\uDE00");
    }

    @Test
    void partnerCertificateSaysHowManyYears() throws IOException {
        String text = text(renderer.render(LetterKind.PARTNER_CERTIFICATE, "ru", Map.of("clientName", "ООО Ромашка",
                "yearsText", "5 лет", "clientSince", "2021-03-01")));

        assertThat(text).contains("СЕРТИФИКАТ ПАРТНЁРА").contains("5 лет").contains("Irina Petrova");
    }

    @Test
    void valuesAreEscapedNotInterpretedAsMarkup() throws IOException {
        String text = text(renderer.render(LetterKind.THANK_YOU_LETTER, "en", Map.of("clientName", "<b>A & B</b>",
                "contactName", "Bea", "yearsText", "3 years")));

        assertThat(text).contains("<b>A & B</b>");
    }

    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }
}
