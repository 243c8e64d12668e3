package org.dyad.cli.input;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dyad.ingest.ReadResult;
import org.jsoup.Jsoup;

/**
 * Reads an RSS 2.0 or Atom 1.0 feed (StAX, the JDK's streaming XML parser) into one article per item or entry.
 *
 * <p>Per item: headline = {@code title}; body = {@code content:encoded}, Atom {@code content}, else
 * {@code description} / {@code summary}, reduced from HTML to paragraphs (jsoup); date = {@code pubDate} (RFC 1123),
 * Atom {@code published} or {@code updated}, Dublin Core {@code dc:date}; URL = {@code link} (Atom: the
 * {@code href} of the alternate link); id = {@code guid} / Atom {@code id}, else the link, else {@code file:N};
 * source = the feed's own title. An item with no body text gives an unreadable result with origin {@code file:N}
 * (N counts items from 1); XML that is not well-formed stops the file with one failure naming the item reached.
 * DTDs and external entities are refused (no XXE).
 */
final class FeedReader {
    private FeedReader() {
    }

    /** True when the bytes look like an RSS or Atom document (root element rss, feed or RDF). */
    static boolean isFeed(String xml) {
        int i = xml.indexOf('<');
        while (i >= 0 && i + 1 < xml.length() && (xml.charAt(i + 1) == '?' || xml.charAt(i + 1) == '!')) {
            i = xml.indexOf('<', i + 1);
        }
        if (i < 0) {
            return false;
        }
        String head = xml.substring(i, Math.min(xml.length(), i + 40));
        return head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:RDF");
    }

    /**
     * @param xml    the decoded feed
     * @param origin the file as named
     * @return one result per item, in document order; at least one result
     */
    static List<ReadResult> read(byte[] xml, String origin) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<ReadResult> out = new ArrayList<>();
        Optional<String> feedTitle = Optional.empty();
        Item item = null;
        int items = 0;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("item") || name.equals("entry")) {
                        item = new Item();
                        items++;
                    } else if (item == null) {
                        if (name.equals("title") && feedTitle.isEmpty()) {
                            feedTitle = Optional.of(r.getElementText().strip()).filter(s -> !s.isEmpty());
                        }
                    } else if (name.equals("link")) {
                        String href = r.getAttributeValue(null, "href");
                        String rel = r.getAttributeValue(null, "rel");
                        if (href != null) {
                            if (rel == null || rel.equals("alternate")) {
                                item.link = Optional.of(href.strip());
                            }
                        } else {
                            item.link = Optional.of(r.getElementText().strip());
                        }
                    } else {
                        item.field(r.getPrefix(), name, r);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && item != null
                        && (r.getLocalName().equals("item") || r.getLocalName().equals("entry"))) {
                    out.add(item.toResult(origin, items, feedTitle));
                    item = null;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // The JDK's StAX parser throws NullPointerException on some truncated documents, not only
            // XMLStreamException (found by fuzzing, issue 11): both mean the XML is broken.
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
            out.add(ReadResult.unreadable(origin + ":" + Math.max(items, 1), ReadResult.PARSE_STAGE,
                    "not well-formed XML: " + why));
            return out;
        }
        if (out.isEmpty()) {
            out.add(ReadResult.unreadable(origin, ReadResult.PARSE_STAGE, "no items: the feed holds no <item> or <entry>"));
        }
        return out;
    }

    /** The fields of one item as read. */
    private static final class Item {
        Optional<String> title = Optional.empty();
        Optional<String> link = Optional.empty();
        Optional<String> id = Optional.empty();
        Optional<String> content = Optional.empty();
        Optional<String> summary = Optional.empty();
        Optional<String> date = Optional.empty();

        void field(String prefix, String name, XMLStreamReader r) throws XMLStreamException {
            switch (name) {
                case "title" -> title = text(r);
                case "guid", "id" -> id = text(r);
                case "encoded", "content" -> content = text(r);
                case "description", "summary" -> summary = text(r);
                case "pubDate", "published", "date" -> date = text(r);
                case "updated" -> date = date.isPresent() ? date : text(r);
                default -> {
                    // other elements (category, author…) are not part of the article
                }
            }
        }

        private static Optional<String> text(XMLStreamReader r) throws XMLStreamException {
            // Atom content of type xhtml holds elements: take the element text only when it is plain text
            try {
                return Optional.of(r.getElementText().strip()).filter(s -> !s.isEmpty());
            } catch (XMLStreamException e) {
                return Optional.empty();
            }
        }

        ReadResult toResult(String origin, int number, Optional<String> feedTitle) {
            String where = origin + ":" + number;
            String html = content.or(() -> summary).orElse("");
            List<String> paragraphs = HtmlArticleReader.paragraphs(Jsoup.parseBodyFragment(html).body());
            String body = paragraphs.isEmpty() ? Jsoup.parseBodyFragment(html).text().strip()
                    : String.join("\n\n", paragraphs);
            if (body.isEmpty()) {
                return ReadResult.unreadable(where, ReadResult.PARSE_STAGE, "the item has no text (no description "
                        + "or content)");
            }
            String articleId = id.or(() -> link).orElse(where);
            return ReadResult.read(HtmlArticleReader.article(articleId, title, body,
                    date.flatMap(HtmlArticleReader::isoDate), link, feedTitle, where));
        }
    }
}
