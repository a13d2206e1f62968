package io.holdfast.notifications.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.holdfast.notifications.routing.LetterKind;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Letters and certificates as PDF: an XHTML body per kind and language ({@code letters/<kind>_<lang>.html}) in
 * the shared letterhead ({@code letters/layout.html}), filled with the facts and the company profile, rendered
 * by openhtmltopdf with DejaVu Sans embedded so that Cyrillic text is real text in the PDF (searchable,
 * copyable), not boxes.
 */
@Component
public class LetterRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    // what XML 1.0 cannot carry (control characters, unpaired surrogates, U+FFFE/FFFF): a client name holding one
    // would fail every letter for that client, so it is left out of the letter
    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    static {
        // openhtmltopdf logs every render at INFO on its own console handler; keep only its warnings
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    // read once: a letter embeds a subset of these, and reading 750 KB per render from the jar is waste
    private static final byte[] REGULAR = resource("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = resource("fonts/DejaVuSans-Bold.ttf");
    // parsed once per thread (a parsed font reads its glyphs lazily, so a thread keeps its own), not per letter
    private static final ThreadLocal<TrueTypeFont[]> PARSED_FONTS = ThreadLocal.withInitial(
            () -> new TrueTypeFont[] { parse(REGULAR), parse(BOLD) });
    // the fonts' metrics, worked out once and shared by every letter on every thread (a concurrent map)
    private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new FSDefaultCacheStore();

    private final CompanyProfile company;
    private final String logoDataUri;
    private final String layout = new String(resource("letters/layout.html"), StandardCharsets.UTF_8);

    public LetterRenderer(CompanyProfile company) {
        this.company = company;
        this.logoDataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(resource(company.logo()));
    }

    /** The file name the PDF is attached or downloaded under. */
    public static String fileName(LetterKind kind, String language) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + language + ".pdf";
    }

    public byte[] render(LetterKind kind, String language, Map<String, String> facts) {
        String lang = "ru".equals(language) ? "ru" : "en";
        Map<String, String> all = new HashMap<>(facts);
        all.put("companyName", company.name());
        all.put("signatoryName", company.signatoryName());
        all.put("signatoryTitle", company.signatoryTitle());
        all.put("financeContactName", company.financeContactName());
        all.put("financeContactEmail", company.financeContactEmail());
        all.putIfAbsent("sponsorName", company.signatoryName());
        all.putIfAbsent("today", LocalDate.now().format(DateTimeFormatter.ISO_LOCAL_DATE));
        if (kind == LetterKind.EXIT_OBLIGATIONS_LETTER) {
            all.putAll(ExitObligationsWording.sentences(facts, lang));
        }
        all.put("lang", lang);
        String body = new String(resource("letters/" + kind.name().toLowerCase(Locale.ROOT) + "_" + lang + ".html"),
                StandardCharsets.UTF_8);
        // one layout (letterhead, fonts, date) for every letter; the body is filled first, then placed in it
        String html = fill(layout, all).replace("{body}", fill(body, all)).replace("{logo}", logoDataUri);
        return toPdf(html);
    }

    private static String fill(String template, Map<String, String> facts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = key.equals("logo") || key.equals("body") ? "{" + key + "}"
                    : escape(facts.getOrDefault(key, "—"));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String escape(String value) {
        return NOT_XML.matcher(value == null ? "—" : value).replaceAll("").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("\n", "<br/>");
    }

    private byte[] toPdf(String html) {
        TrueTypeFont[] fonts = PARSED_FONTS.get();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
            builder.usePDDocument(document);
            // the parsed fonts are reused; each document embeds the subset of glyphs it uses
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts[0], true)), "DejaVu Sans", 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts[1], true)), "DejaVu Sans", 700,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF", e);
        }
    }

    private static TrueTypeFont parse(byte[] ttf) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an embedded font", e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = LetterRenderer.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + path);
        }
        return in;
    }

    private static byte[] resource(String path) {
        try (InputStream in = stream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
