package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page in real headless Chromium (Debian {@code chromium} and {@code chromium-driver}, driven through
 * {@code /usr/bin/chromedriver}; nothing is downloaded) over the test store ({@link StoreFixture}). Each test checks
 * what a reader sees and saves a screenshot under {@code target/screenshots/}. Expected values are the seed's gold:
 * the attack in Kabul (GeoNames 1138958, CAMEO 190, 2017-11-07), NATO (IGOWSTNAT) and Pakistan (PAK) as a dyad, the
 * Pakistan army's direct quote (PAKMIL), Pakistan's denial of NATO's claim.
 */
class BrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        for (String tool : new String[] {"/usr/bin/chromedriver", "/usr/bin/chromium"}) {
            if (!Files.isExecutable(Path.of(tool))) {
                throw new IllegalStateException(tool + " is missing: the browser tests need Debian's Chromium; install "
                        + "it with `apt-get install -y chromium chromium-driver` (as .ci/run does)");
            }
        }
        StoreFixture.server();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("dyad-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Opens a page and waits until its script says ready (or failed: the test then reports the page's error). */
    private static void open(String pathAndQuery) {
        driver.get(StoreFixture.base() + pathAndQuery);
        waitReady();
    }

    private static void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
            String state = d.findElement(By.tagName("body")).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
        String error = driver.findElement(By.id("error")).getText();
        assertThat(driver.findElement(By.tagName("body")).getAttribute("data-state")).as(error).isEqualTo("ready");
    }

    private static void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void overviewListsTheStore() throws IOException {
        open("/");
        String summary = driver.findElement(By.id("summary")).getText();
        assertThat(summary).contains("102\narticles");
        List<WebElement> rows = driver.findElements(By.cssSelector("#articles tbody tr"));
        assertThat(rows).hasSize(50);
        assertThat(driver.findElement(By.id("rows")).getText()).isEqualTo("rows 1–50 of 102");
        screenshot("overview");
    }

    @Test
    void articleViewHighlightsTheQuoteActorsVerbsTimesAndPlaces() throws IOException {
        JsonNode view = Http.get("/api/articles/" + ApiTest.seedId()).json();
        JsonNode direct = null;
        for (JsonNode q : view.get("quotes")) {
            if (q.get("direct").asBoolean()) {
                direct = q;
            }
        }
        open("/article.html?id=" + ApiTest.seedId());
        List<WebElement> quoted = driver.findElements(By.cssSelector(
                "#article-text [data-quote='" + direct.get("quote_index").asInt() + "']"));
        assertThat(quoted.stream().map(WebElement::getText).collect(Collectors.joining()))
                .isEqualTo(direct.get("text").asText());
        assertThat(quoted.get(0).isDisplayed()).isTrue();
        assertThat(quoted.get(0).getCssValue("background-color")).isEqualTo("rgba(255, 243, 176, 1)");
        // the speaker's code labels the quote's end
        assertThat(texts("#article-text .label-quote")).contains("PAKMIL (direct)");
        assertThat(texts("#article-text .mark-place")).contains("Kabul");
        assertThat(texts("#article-text .label-place")).contains("Kabul AF");
        assertThat(texts("#article-text .label-actor")).contains("IGOWSTNAT", "PAKMIL");
        assertThat(texts("#article-text .label-time")).contains("2017-10");
        assertThat(texts("#article-text .label-verb")).contains("190");
        // one card per event, each saying why it was coded
        List<WebElement> cards = driver.findElements(By.cssSelector("#events .card.event"));
        assertThat(cards).hasSize(view.get("events").size());
        String attack = cards.stream().map(WebElement::getText).filter(t -> t.startsWith("190")).findFirst()
                .orElseThrow();
        assertThat(attack).contains("Use conventional military force", "why: verb", "CAMEO.2.0.txt:",
                "2017-11-07 (day, from the clause)", "Kabul AF (GeoNames 1138958, clause)", "QuadClass\n4");
        screenshot("article");
    }

    @Test
    void hostileArticleRendersAsText() throws IOException {
        String id = Http.get("/api/articles?q=" + Http.enc("border talks")).json().get("items").get(0)
                .get("article_id").asText();
        open("/article.html?id=" + id);
        assertThat(driver.findElement(By.id("headline")).getText()).isEqualTo(StoreFixture.XSS_HEADLINE);
        // the text shown, labels left out, is the article's text exactly
        String text = Http.get("/api/articles/" + id).json().get("article").get("text").asText();
        assertThat(js("var c = document.getElementById('article-text').cloneNode(true);"
                + " c.querySelectorAll('.label').forEach(l => l.remove()); return c.textContent;")).isEqualTo(text);
        assertThat(driver.findElement(By.id("article-text")).getText()).contains("<b>accused</b>",
                "<img src=x onerror=\"window.dyadXss = 2\">", "<script>window.dyadXss = 3;</script");
        assertThat(driver.findElements(By.cssSelector("#view img, #view script, #article-text b, #headline *"))).isEmpty();
        assertThat(js("return typeof window.dyadXss;")).isEqualTo("undefined");
        // the overview lists its headline as text too
        open("/?q=" + Http.enc("border talks"));
        assertThat(driver.findElement(By.cssSelector("#articles tbody tr td a")).getText())
                .isEqualTo(StoreFixture.XSS_HEADLINE);
        assertThat(js("return typeof window.dyadXss;")).isEqualTo("undefined");
        screenshot("article-hostile");
    }

    @Test
    void eventsTableFiltersPagesAndLinksToTheArticle() throws IOException {
        open("/events.html?cameo=190&country=AF");
        List<WebElement> rows = driver.findElements(By.cssSelector("#events tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("2017-11-07", "190 Use conventional military force", "Kabul (AF)");
        assertThat(driver.findElement(By.name("cameo")).getAttribute("value")).isEqualTo("190");
        screenshot("events-filtered");
        rows.get(0).findElement(By.className("article-link")).click();
        waitReady();
        assertThat(driver.getCurrentUrl()).contains("/article.html?id=" + ApiTest.seedId() + "#event-");
        String eventId = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("#event-") + 1);
        assertThat(driver.findElement(By.id(eventId)).getText()).startsWith("190");
        // an injection attempt in a filter is a value that matches nothing
        open("/events.html?place=" + Http.enc("Kabul' OR '1'='1") + "&actor=" + Http.enc("x'); DROP TABLE events;--"));
        assertThat(driver.findElements(By.cssSelector("#events tbody tr"))).isEmpty();
        assertThat(driver.findElement(By.id("rows")).getText()).isEqualTo("rows 0–0 of 0");
        open("/events.html");
        assertThat(driver.findElements(By.cssSelector("#events tbody tr"))).hasSize(50);
        long total = Http.get("/api/summary").json().get("events").asLong();
        assertThat(driver.findElement(By.id("rows")).getText()).isEqualTo("rows 1–50 of " + total);
        driver.findElement(By.linkText("next →")).click();
        waitReady();
        assertThat(driver.findElement(By.id("rows")).getText()).isEqualTo("rows 51–100 of " + total);
        screenshot("events");
    }

    @Test
    void timelineShowsEventsADayByQuadClass() throws IOException {
        open("/timeline.html?from=2017-11-01&to=2017-11-30");
        assertThat(driver.findElement(By.id("timeline-summary")).getText())
                .isEqualTo("14 events on 3 days, 2017-11-07 to 2017-11-10");
        WebElement attackDay = driver.findElement(By.cssSelector("#days tr[data-date='2017-11-07']"));
        assertThat(attackDay.getText()).isEqualTo("2017-11-07 1 0 0 0 1 -10");
        assertThat(driver.findElement(By.cssSelector("#timeline canvas")).isDisplayed()).isTrue();
        assertThat(js("return window.dyadTimeline.getOption().series.length;")).isEqualTo(5L);
        open("/timeline.html");
        screenshot("timeline");
    }

    @Test
    void networkHasNatoPakistanAsAnEdge() throws IOException {
        open("/network.html?limit=2000");
        WebElement row = driver.findElement(By.cssSelector("#edges tr[data-source='IGOWSTNAT'][data-target='PAK']"));
        assertThat(row.getText()).startsWith("IGOWSTNAT").contains("PAK PAKISTAN");
        assertThat(js("return window.dyadNetwork.edges('[source = \"IGOWSTNAT\"][target = \"PAK\"]').length;"))
                .isEqualTo(1L);
        assertThat((Boolean) js("var e = window.dyadNetwork.getElementById('IGOWSTNAT->PAK');"
                + " return e.visible() && e.source().visible() && e.target().visible();")).isTrue();
        assertThat(driver.findElement(By.cssSelector("#network canvas")).isDisplayed()).isTrue();
        open("/network.html?actor=PAK");
        screenshot("network");
    }

    @Test
    void mapShowsTheKabulAttackOverCountryOutlines() throws IOException {
        open("/map.html");
        WebElement kabul = driver.findElement(By.cssSelector("#places tr[data-geonames='1138958']"));
        assertThat(kabul.getText()).startsWith("Kabul AF").contains("190");
        WebElement marker = driver.findElement(By.cssSelector("#map path.geonames-1138958"));
        assertThat(marker.isDisplayed()).isTrue();
        // 177 country outlines of Natural Earth 1:110m are drawn, and no tile was asked for
        assertThat(driver.findElements(By.cssSelector("#map path:not(.event-marker)")).size()).isGreaterThan(150);
        assertThat(driver.findElements(By.cssSelector("#map img.leaflet-tile"))).isEmpty();
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(marker).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
                By.cssSelector(".leaflet-tooltip")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".leaflet-tooltip")).getText()).startsWith("Kabul AF")
                .contains("190");
        screenshot("map");
    }

    @Test
    void claimsPageShowsPakistansDenialUnderNatosClaim() throws IOException {
        open("/claims.html?speaker=IGOWSTNAT");
        List<WebElement> claims = driver.findElements(By.cssSelector("#claims .claim"));
        assertThat(claims).isNotEmpty();
        boolean found = false;
        for (WebElement c : claims) {
            assertThat(c.getText()).contains("IGOWSTNAT");
            for (WebElement d : c.findElements(By.className("denial"))) {
                found |= d.getText().startsWith("DENIES PAK");
            }
        }
        assertThat(found).isTrue();
        open("/claims.html");
        screenshot("claims");
    }

    @Test
    void pastedArticleIsCodedAtOnce() throws IOException {
        open("/code.html");
        driver.findElement(By.id("code-text")).sendKeys("Army accuses India of shelling\n\n"
                + "ISLAMABAD, March 11 - Pakistan's army accused India of shelling villages near the border on Monday, "
                + "a military spokesman said.");
        js("document.getElementById('code-date').value = '2024-03-13';");
        driver.findElement(By.id("code-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> !d.findElements(By.id("article-text")).isEmpty()
                || !d.findElement(By.id("error")).getText().isEmpty());
        waitReady();
        assertThat(driver.findElement(By.id("headline")).getText()).isEqualTo("Army accuses India of shelling");
        assertThat(texts("#article-text .label-actor")).contains("PAKMIL", "IND");
        assertThat(texts("#article-text .mark-verb")).contains("accused");
        List<WebElement> cards = driver.findElements(By.cssSelector("#events .card.event"));
        assertThat(cards).isNotEmpty();
        assertThat(cards.get(0).getText()).startsWith("11").contains("PAKMIL → ", " → IND");
        screenshot("code");
    }

    private static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
