package io.holdfast.notifications.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of each template in English and Russian ({@code messages/notifications_<lang>.properties}), filled
 * with a message's facts. Produces the subject, the plain-text part and the HTML part of an e-mail.
 */
public final class MessageText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Properties en = load("en");
    private final Properties ru = load("ru");

    public record Rendered(String subject, String text, String html) {
    }

    public Rendered render(Template template, String language, Map<String, String> facts) {
        Properties words = "ru".equals(language) ? ru : en;
        String key = template.name().toLowerCase();
        String subject = fill(required(words, key + ".subject"), facts, false);
        String body = required(words, key + ".body");
        String text = fill(body, facts, false);
        StringBuilder html = new StringBuilder("<html><body style=\"font-family:sans-serif\">");
        for (String paragraph : fill(body, facts, true).split("\n\n")) {
            html.append("<p>").append(paragraph.replace("\n", "<br/>")).append("</p>");
        }
        html.append("</body></html>");
        return new Rendered(subject, text, html.toString());
    }

    private static String fill(String pattern, Map<String, String> facts, boolean escape) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = facts.getOrDefault(m.group(1), "—");
            m.appendReplacement(out, Matcher.quoteReplacement(escape ? escape(value) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String required(Properties words, String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("No text for " + key);
        }
        return value;
    }

    private static Properties load(String language) {
        Properties p = new Properties();
        String path = "/messages/notifications_" + language + ".properties";
        try (InputStream in = MessageText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
