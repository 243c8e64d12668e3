package org.dyad.cli.input;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.document.Article;
import org.dyad.document.Span;
import org.dyad.ingest.ReadResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces an HTML news page to its article (jsoup parses the page). The article text is the headline, a blank line,
 * then the body paragraphs separated by blank lines; the body span starts after the headline, so the headline is
 * metadata and never coded.
 *
 * <ul>
 *   <li>Headline: {@code og:title}, else the first {@code h1}, else {@code <title>}.</li>
 *   <li>Body: the {@code <p>} paragraphs of the {@code <article>} element, else of {@code <main>}, else of the element
 *       whose direct {@code <p>} children hold the most text; paragraphs inside navigation, headers, footers,
 *       asides, figures and forms are left out.</li>
 *   <li>Date (document creation time): {@code article:published_time}, {@code og:published_time},
 *       {@code <meta name="date">}, {@code <meta itemprop="datePublished">}, else the first
 *       {@code <time datetime>}; its ISO date part.</li>
 *   <li>URL: {@code link rel=canonical}, else {@code og:url}; source: {@code og:site_name}.</li>
 * </ul>
 * A page with no paragraph text is unreadable ({@link ReadResult#PARSE_STAGE}).
 */
final class HtmlArticleReader {
    private static final Set<String> SKIPPED = Set.of("nav", "header", "footer", "aside", "figure", "form",
            "figcaption", "script", "style", "noscript");

    private HtmlArticleReader() {
    }

    /**
     * @param html   the decoded page
     * @param id     the article id (the file's relative path)
     * @param origin the file as named, for error reports
     */
    static ReadResult read(String html, String id, String origin) {
        Document page = Jsoup.parse(html);
        Optional<String> headline = firstNonBlank(meta(page, "og:title"),
                Optional.ofNullable(page.selectFirst("h1")).map(Element::text), Optional.of(page.title()));
        Element container = Optional.ofNullable(page.selectFirst("article"))
                .or(() -> Optional.ofNullable(page.selectFirst("main")))
                .orElseGet(() -> densest(page));
        List<String> paragraphs = paragraphs(container);
        if (paragraphs.isEmpty()) {
            return ReadResult.unreadable(origin, ReadResult.PARSE_STAGE,
                    "no article text: the page has no <p> paragraphs");
        }
        Optional<LocalDate> date = firstNonBlank(meta(page, "article:published_time"),
                meta(page, "og:published_time"), meta(page, "date"), meta(page, "datePublished"),
                Optional.ofNullable(page.selectFirst("time[datetime]")).map(t -> t.attr("datetime")))
                .flatMap(HtmlArticleReader::isoDate);
        Optional<String> url = firstNonBlank(
                Optional.ofNullable(page.selectFirst("link[rel=canonical]")).map(l -> l.attr("href")),
                meta(page, "og:url"));
        return ReadResult.read(article(id, headline, String.join("\n\n", paragraphs), date, url,
                meta(page, "og:site_name").filter(s -> !s.isBlank()), origin));
    }

    /** An article whose text is the headline (when there is one), a blank line, and the body. */
    static Article article(String id, Optional<String> headline, String body, Optional<LocalDate> date,
                           Optional<String> url, Optional<String> source, String origin) {
        String head = headline.map(String::strip).filter(h -> !h.isEmpty()).map(h -> h + "\n\n").orElse("");
        String text = head + body;
        return new Article(id, text, new Span(head.length(), text.length()),
                headline.map(String::strip).filter(h -> !h.isEmpty()), Optional.empty(), Optional.empty(), date,
                url, source, origin);
    }

    /** Text of the {@code <p>} elements under the container, one a paragraph, skipping page furniture. */
    static List<String> paragraphs(Element container) {
        List<String> out = new ArrayList<>();
        for (Element p : container.select("p")) {
            boolean furniture = false;
            for (Element parent = p.parent(); parent != null && parent != container; parent = parent.parent()) {
                if (SKIPPED.contains(parent.normalName())) {
                    furniture = true;
                    break;
                }
            }
            String text = p.text().strip();
            if (!furniture && !text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    private static Element densest(Document page) {
        Element best = page.body();
        int bestLength = 0;
        for (Element e : page.select("div, section, td, body")) {
            int length = 0;
            for (Element child : e.children()) {
                if (child.normalName().equals("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    private static Optional<String> meta(Document page, String name) {
        Element m = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name
                + "]");
        return m == null ? Optional.empty() : Optional.of(m.attr("content"));
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... values) {
        for (Optional<String> v : values) {
            if (v.isPresent() && !v.get().isBlank()) {
                return Optional.of(v.get().strip());
            }
        }
        return Optional.empty();
    }

    /** The date of an ISO date or date-time ("2024-03-05", "2024-03-05T10:00:00Z"), or of an RFC 1123 date. */
    static Optional<LocalDate> isoDate(String value) {
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            // not a date-time with offset: try the other forms
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // not RFC 1123 (RSS pubDate)
        }
        if (v.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
