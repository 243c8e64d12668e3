package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The REST API over the test store ({@link StoreFixture}: the seed, our hostile article and 100 AFP/APW stories).
 * Expected values come from the seed's gold (StoreSeedTest: the attack in Kabul on 2017-11-07, GeoNames 1138958;
 * Pakistan's denial of NATO's claim).
 */
class ApiTest {

    private static JsonNode ok(String path) {
        Http.Answer a = Http.get(path);
        assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        return a.json();
    }

    private static void isJsonError(Http.Answer a, int status, String messageStart) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode body = a.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).startsWith(messageStart);
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.dyad");
    }

    @Test
    void theSeedsKabulAttackIsFoundByItsFilters() {
        JsonNode page = ok("/api/events?cameo=190&place=kabul&from=2017-11-01&to=2017-11-30");
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode e = page.get("items").get(0);
        assertThat(e.get("doc_id").asText()).isEqualTo("nato-pakistan-cooperation.txt");
        assertThat(e.get("event_date").asText()).isEqualTo("2017-11-07");
        assertThat(e.get("geonames_id").asLong()).isEqualTo(1138958L);
        assertThat(e.get("country_code").asText()).isEqualTo("AF");
        assertThat(e.get("quad_class").asInt()).isEqualTo(4);
        assertThat(e.get("plover_type").asText()).isEqualTo("ASSAULT");
        assertThat(e.get("cameo_name").asText()).isEqualTo("Use conventional military force");
        assertThat(e.get("target_text").asText()).contains("Kabul");
        assertThat(e.get("headline").asText()).isEqualTo(ok("/api/articles/" + seedId()).get("article")
                .get("headline").asText());
        assertThat(ok("/api/events?root=19&quad=4&country=AF&plover=assault&actor=AFG&limit=5").get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void pagingWalksTheWholeList() {
        long total = ok("/api/events?limit=1").get("total").asLong();
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < total; offset += 100) {
            for (JsonNode e : ok("/api/events?limit=100&offset=" + offset).get("items")) {
                seen.add(e.get("article_id").asText() + "/" + e.get("event_id").asText());
            }
        }
        assertThat(seen).hasSize((int) total);
        assertThat(ok("/api/summary").get("events").asLong()).isEqualTo(total);
    }

    @Test
    void natoAndPakistanAreADyadAndAnEdge() {
        JsonNode dyads = ok("/api/dyads?actor=IGOWSTNAT&limit=100");
        List<String> pairs = new ArrayList<>();
        dyads.forEach(d -> pairs.add(d.get("source_code").asText() + ">" + d.get("target_code").asText()));
        assertThat(pairs).contains("IGOWSTNAT>PAK");
        JsonNode net = ok("/api/network?actor=PAK");
        boolean edge = false;
        for (JsonNode e : net.get("edges")) {
            edge |= e.get("source").asText().equals("IGOWSTNAT") && e.get("target").asText().equals("PAK");
        }
        assertThat(edge).isTrue();
        List<String> nodes = new ArrayList<>();
        net.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        assertThat(nodes).contains("IGOWSTNAT", "PAK");
    }

    @Test
    void timelineCountsTheSeedsDaysByQuadClass() {
        JsonNode days = ok("/api/timeline?article=" + seedId());
        Map<String, JsonNode> byDate = new java.util.HashMap<>();
        days.forEach(d -> byDate.put(d.get("date").asText(), d));
        JsonNode attack = byDate.get("2017-11-07");
        assertThat(attack.get("count").asInt()).isEqualTo(1);
        assertThat(attack.get("q4").asInt()).isEqualTo(1);
        assertThat(attack.get("mean_goldstein").asDouble()).isEqualTo(-10.0);
        int sum = 0;
        for (JsonNode d : days) {
            sum += d.get("q1").asInt() + d.get("q2").asInt() + d.get("q3").asInt() + d.get("q4").asInt();
            assertThat(d.get("q1").asInt() + d.get("q2").asInt() + d.get("q3").asInt() + d.get("q4").asInt())
                    .isEqualTo(d.get("count").asInt());
        }
        assertThat(sum).isEqualTo(ok("/api/events?limit=1&article=" + seedId()).get("total").asInt());
    }

    @Test
    void placesPutKabulOnTheMap() {
        JsonNode kabul = null;
        for (JsonNode p : ok("/api/places?limit=2000")) {
            if (p.get("geonames_id").asLong() == 1138958L) {
                kabul = p;
            }
        }
        assertThat(kabul).isNotNull();
        assertThat(kabul.get("place_name").asText()).isEqualTo("Kabul");
        assertThat(kabul.get("lat").asDouble()).isBetween(34.0, 35.0);
        assertThat(kabul.get("lon").asDouble()).isBetween(69.0, 69.5);
        List<String> codes = new ArrayList<>();
        kabul.get("cameo_codes").forEach(c -> codes.add(c.asText()));
        assertThat(codes).contains("190");
    }

    @Test
    void theArticleViewHoldsEveryLayerAndThePakistanArmyQuote() {
        JsonNode view = ok("/api/articles/" + seedId());
        assertThat(view.get("article").get("doc_date").asText()).isEqualTo("2017-11-10");
        assertThat(view.get("article").has("minhash")).isFalse();
        String text = view.get("article").get("text").asText();
        for (String layer : List.of("sentences", "actor_mentions", "events", "places", "times", "quotes", "claims")) {
            assertThat(view.get(layer).size()).as(layer).isPositive();
        }
        assertThat(view.get("events").size()).isEqualTo(view.get("article").get("event_count").asInt());
        JsonNode direct = null;
        for (JsonNode q : view.get("quotes")) {
            if (q.get("direct").asBoolean()) {
                direct = q;
            }
        }
        assertThat(direct.get("speaker_code").asText()).isEqualTo("PAKMIL");
        assertThat(direct.get("utterance_time").asText()).isEqualTo("2017-10");
        assertThat(text.substring(direct.get("start_offset").asInt(), direct.get("end_offset").asInt()))
                .isEqualTo(direct.get("text").asText());
        for (JsonNode m : view.get("actor_mentions")) {
            assertThat(text.substring(m.get("start_offset").asInt(), m.get("end_offset").asInt()))
                    .isEqualTo(m.get("text").asText());
        }
    }

    @Test
    void claimsCarryTheDenialsThatContradictThem() {
        JsonNode page = ok("/api/claims?contradicted=true&speaker=IGOWSTNAT&limit=500");
        assertThat(page.get("total").asInt()).isPositive();
        for (JsonNode c : page.get("items")) {
            assertThat(c.get("denials").size()).isPositive();
            for (JsonNode d : c.get("denials")) {
                assertThat(d.get("contradicts").asText()).isEqualTo(c.get("claim_id").asText());
            }
        }
        boolean pakistan = false;
        for (JsonNode c : page.get("items")) {
            for (JsonNode d : c.get("denials")) {
                pakistan |= d.get("stance").asText().equals("denies") && d.get("speaker_code").asText().startsWith("PAK");
            }
        }
        assertThat(pakistan).isTrue();
        assertThat(ok("/api/quotes?speaker=PAKMIL&direct=true").get("items").get(0).get("utterance_time").asText())
                .isEqualTo("2017-10");
    }

    @Test
    void sqlInjectionInAFilterIsJustAValueThatMatchesNothing() {
        long events = ok("/api/summary").get("events").asLong();
        for (String attack : List.of("Kabul' OR '1'='1", "x'); DROP TABLE events; --", "\" OR 1=1 --")) {
            for (String param : List.of("place", "actor", "article", "plover")) {
                JsonNode page = ok("/api/events?" + param + "=" + Http.enc(attack));
                assertThat(page.get("total").asLong()).as(param + "=" + attack).isZero();
            }
            assertThat(ok("/api/articles?q=" + Http.enc(attack)).get("total").asLong()).isZero();
            assertThat(ok("/api/quotes?speaker=" + Http.enc(attack)).get("total").asLong()).isZero();
        }
        assertThat(ok("/api/summary").get("events").asLong()).isEqualTo(events);
        assertThat(ok("/api/events?limit=1").get("total").asLong()).isEqualTo(events);
    }

    @Test
    void theHostileArticleComesBackVerbatimAsData() {
        JsonNode page = ok("/api/articles?q=" + Http.enc("border talks"));
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode a = page.get("items").get(0);
        assertThat(a.get("headline").asText()).isEqualTo(StoreFixture.XSS_HEADLINE);
        JsonNode view = ok("/api/articles/" + a.get("article_id").asText());
        assertThat(view.get("article").get("text").asText()).contains(StoreFixture.XSS_BODY);
    }

    @Test
    void badRequestsGetJsonErrorsWithTheirStatus() {
        isJsonError(Http.get("/api/events?from=2017-13-01"), 400, "from: '2017-13-01' is not a date");
        isJsonError(Http.get("/api/events?quad=7"), 400, "quad: '7' is not a QuadClass");
        // a misspelt filter is refused, not ignored (ignoring it would answer every event)
        isJsonError(Http.get("/api/events?actr=PAK"), 400, "unknown query parameter 'actr'; /api/events takes ");
        isJsonError(Http.get("/api/summary?from=2017-11-01"), 400,
                "unknown query parameter 'from'; /api/summary takes none");
        // a repeated filter is refused, not read as its first value
        isJsonError(Http.get("/api/events?actor=PAK&actor=IND"), 400, "actor: given 2 times; give it once");
        isJsonError(Http.get("/api/events?limit=0"), 400, "limit: 0 is out of range");
        isJsonError(Http.get("/api/claims?stance=shouts"), 400, "stance: 'shouts' is not a stance");
        isJsonError(Http.get("/api/quotes?direct=maybe"), 400, "direct: 'maybe' is not true or false");
        isJsonError(Http.get("/api/network?limit=5000"), 400, "limit: 5000 is out of range");
        isJsonError(Http.get("/api/network?min_count=-1"), 400, "min_count: -1 is out of range");
        // refused by Jetty before any route (a fresh-user trial got Jetty's HTML page for these)
        isJsonError(Http.get("/api/articles/%00"), 400, "");
        isJsonError(Http.get("/" + "a".repeat(20_000)), 414, "");
        isJsonError(Http.get("/api/articles/0000000000000000"), 404, "no article with id '0000000000000000'");
        isJsonError(Http.get("/api/nothing-here"), 404, "");
        isJsonError(Http.post("/api/code", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8)), 400,
                "the body is not JSON");
        isJsonError(Http.post("/api/code", "text/plain", "Pakistan".getBytes(StandardCharsets.UTF_8)), 415,
                "send the article as JSON");
        isJsonError(Http.post("/api/code", "application/json", "{\"text\": \"  \"}".getBytes(StandardCharsets.UTF_8)),
                400, "text: the article is empty");
        isJsonError(Http.post("/api/code", "application/json",
                "{\"text\": \"A.\", \"date\": \"10/11/2017\"}".getBytes(StandardCharsets.UTF_8)), 400,
                "date: '10/11/2017' is not a date");
    }

    /**
     * Sends an upload the server refuses before reading it all. The server answers and closes; a client still
     * writing the body may see the connection reset before it reads the answer (a transport race, not the server's
     * answer), so such an attempt is made again, up to three times.
     */
    private static Http.Answer refusedUpload(java.util.function.Supplier<Http.Answer> upload) {
        java.io.UncheckedIOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return upload.get();
            } catch (java.io.UncheckedIOException e) {
                last = e;
            }
        }
        throw last;
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        byte[] big = ("{\"text\": \"" + "a".repeat((int) WebServer.DEFAULT_MAX_BODY + 10) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        isJsonError(refusedUpload(() -> Http.post("/api/code", "application/json", big)), 413, "the request body is");
        // without a Content-Length (chunked): refused while reading
        Http.Answer chunked = refusedUpload(() -> Http.send(HttpRequest.newBuilder(
                URI.create(StoreFixture.base() + "/api/code")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build()));
        assertThat(chunked.status()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.json().get("status").asInt()).isEqualTo(413);
        // a body under the limit but over the characters coded at once
        byte[] longText = ("{\"text\": \"" + "word ".repeat(ArticleCoder.MAX_CHARS / 5 + 1) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        isJsonError(Http.post("/api/code", "application/json", longText), 413, "text: the article is");
    }

    @Test
    void aPastedArticleIsCodedWithTheProductionPipeline() {
        String text = "Pakistan's army accused India of shelling villages near the border on Monday.";
        Http.Answer a = Http.post("/api/code", "application/json", ("{\"text\": \"" + text
                + "\", \"date\": \"2024-03-13\"}").getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode view = a.json();
        assertThat(view.get("article").get("text").asText()).isEqualTo(text);
        assertThat(view.get("article").get("doc_date").asText()).isEqualTo("2024-03-13");
        JsonNode e = view.get("events").get(0);
        assertThat(e.get("source_code").asText()).isEqualTo("PAKMIL");
        assertThat(e.get("target_code").asText()).isEqualTo("IND");
        assertThat(e.get("cameo_code").asText()).startsWith("11");
        assertThat(text.substring(e.get("verb_start").asInt(), e.get("verb_end").asInt())).isEqualTo("accused");
        assertThat(e.get("event_date").asText()).isEqualTo("2024-03-11");
        // nothing is stored
        assertThat(ok("/api/articles?q=" + Http.enc("Pakistan's army accused")).get("total").asInt()).isZero();
    }

    @Test
    void openApiDocumentsExactlyTheRoutesServed() {
        JsonNode doc = ok("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<Route> documented = new HashSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> documented.add(new Route(m.toUpperCase(), p.getKey())));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(StoreFixture.server().routes());
        // every documented GET answers 200, and every documented query parameter is understood
        for (Route r : documented) {
            if (!r.method().equals("GET")) {
                continue;
            }
            String path = r.path().replace("{id}", seedId());
            ok(path);
            for (JsonNode param : doc.get("paths").get(r.path()).get("get").get("parameters")) {
                JsonNode p = param.has("$ref") ? doc.at(param.get("$ref").asText().substring(1)) : param;
                if (!p.get("in").asText().equals("query")) {
                    continue;
                }
                String name = p.get("name").asText();
                String value = example(name, p.get("schema"));
                Http.Answer a = Http.get(path + "?" + name + "=" + Http.enc(value));
                assertThat(a.status()).as(r + " " + name + "=" + value + ": " + a.body()).isEqualTo(200);
                Http.Answer wrong = Http.get(path + "?" + name + "=" + Http.enc("2017-99-99x"));
                if (!p.get("schema").path("type").asText().equals("string") || p.get("schema").has("pattern")
                        || p.get("schema").has("format") || p.get("schema").has("enum")) {
                    // a typed parameter refuses a value of the wrong form: the server reads it
                    assertThat(wrong.status()).as(r + " " + name).isEqualTo(400);
                }
            }
        }
    }

    private static String example(String name, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.path("format").asText().equals("date")) {
            return "2017-11-07";
        }
        return switch (schema.path("type").asText()) {
            case "integer" -> name.equals("offset") ? "0" : "1";
            case "boolean" -> "true";
            default -> name.equals("country") ? "AF" : name.equals("cameo") || name.equals("root") ? "19" : "PAK";
        };
    }

    /** The seed article's id, found through the API by its document id (the file name). */
    static String seedId() {
        for (JsonNode a : ok("/api/articles?limit=500").get("items")) {
            if (a.get("doc_id").asText().equals("nato-pakistan-cooperation.txt")) {
                return a.get("article_id").asText();
            }
        }
        throw new AssertionError("the seed article is not in the store");
    }
}
