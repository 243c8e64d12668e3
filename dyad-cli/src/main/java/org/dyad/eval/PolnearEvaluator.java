package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.quote.Quote;

/**
 * Scores Dyad's attributed statements against PolNeAR: for every article, the quotes' speaker spans against the
 * gold sources, their cue spans against the gold cues and their content spans against the gold contents
 * ({@link AttributionScore}).
 */
public final class PolnearEvaluator {
    private final BiFunction<String, String, Document> pipeline;

    /** @param pipeline from an article's name and text to the document with its {@code QUOTES} layer */
    public PolnearEvaluator(BiFunction<String, String, Document> pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** The scores of one split: sources, cues, contents, and how many articles and attributions were read. */
    public record Result(int articles, int attributions, AttributionScore sources, AttributionScore cues,
                         AttributionScore contents, LinkedSources linked) {
    }

    /**
     * Sources judged on the attributions whose content was found: each gold attribution paired with the first
     * predicted quote whose content overlaps its content. A pair is correct when the quote's speaker overlaps the
     * gold source.
     *
     * @param pairs       gold attributions with a content-matched quote
     * @param withSpeaker pairs whose quote names a speaker (precision's denominator)
     * @param withSource  pairs whose gold attribution has a source (recall's denominator)
     * @param correct     pairs whose speaker overlaps the gold source
     */
    public record LinkedSources(int pairs, int withSpeaker, int withSource, int correct) {
        public double precision() {
            return withSpeaker == 0 ? 0 : (double) correct / withSpeaker;
        }

        public double recall() {
            return withSource == 0 ? 0 : (double) correct / withSource;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Runs the pipeline over every article and adds up the scores. */
    public Result evaluate(List<PolnearCorpus.Article> articles) {
        AttributionScore sources = AttributionScore.zero();
        AttributionScore cues = AttributionScore.zero();
        AttributionScore contents = AttributionScore.zero();
        int attributions = 0;
        int pairs = 0;
        int withSpeaker = 0;
        int withSource = 0;
        int correct = 0;
        for (PolnearCorpus.Article article : articles) {
            Document doc = pipeline.apply(article.name(), article.text());
            List<List<Span>> goldSources = new ArrayList<>();
            List<List<Span>> goldCues = new ArrayList<>();
            List<List<Span>> goldContents = new ArrayList<>();
            for (PolnearCorpus.Attribution a : article.attributions()) {
                attributions++;
                addIfPresent(goldSources, a.source());
                addIfPresent(goldCues, a.cue());
                addIfPresent(goldContents, a.content());
            }
            List<Span> speakers = new ArrayList<>();
            List<Span> cueSpans = new ArrayList<>();
            List<Span> contentSpans = new ArrayList<>();
            for (Quote q : doc.quotes()) {
                // a quote that continues an earlier one shares its speaker: count that speaker once
                q.speaker().filter(s -> !speakers.contains(s)).ifPresent(speakers::add);
                q.cue().map(c -> c.span()).filter(s -> !cueSpans.contains(s)).ifPresent(cueSpans::add);
                contentSpans.add(q.span());
            }
            for (PolnearCorpus.Attribution a : article.attributions()) {
                Quote match = null;
                for (Quote q : doc.quotes()) {
                    if (overlaps(a.content(), q.span())) {
                        match = q;
                        break;
                    }
                }
                if (match == null) {
                    continue;
                }
                pairs++;
                withSpeaker += match.speaker().isPresent() ? 1 : 0;
                withSource += a.source().isEmpty() ? 0 : 1;
                correct += match.speaker().isPresent() && overlaps(a.source(), match.speaker().get()) ? 1 : 0;
            }
            sources = sources.plus(AttributionScore.of(article.text(), goldSources, speakers));
            cues = cues.plus(AttributionScore.of(article.text(), goldCues, cueSpans));
            contents = contents.plus(AttributionScore.of(article.text(), goldContents, contentSpans));
        }
        return new Result(articles.size(), attributions, sources, cues, contents,
                new LinkedSources(pairs, withSpeaker, withSource, correct));
    }

    /** The report: counts and a table of exact and overlap precision, recall and F1. */
    public static String render(String title, Result r) {
        StringBuilder out = new StringBuilder();
        out.append(title).append(": ").append(r.articles()).append(" articles, ").append(r.attributions())
                .append(" attributions\n");
        out.append(String.format("%-8s %6s %9s   %-17s   %-17s%n", "", "gold", "predicted", "exact P/R/F1",
                "overlap P/R/F1"));
        out.append(r.sources().row("source")).append('\n');
        out.append(r.cues().row("cue")).append('\n');
        out.append(r.contents().row("content")).append('\n');
        LinkedSources l = r.linked();
        out.append(String.format(Locale.ROOT, "source on found contents (%d attributions): P %.3f R %.3f F1 %.3f"
                + " (overlap)%n", l.pairs(), l.precision(), l.recall(), l.f1()));
        return out.toString();
    }

    private static boolean overlaps(List<Span> fragments, Span span) {
        for (Span f : fragments) {
            if (f.overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static void addIfPresent(List<List<Span>> to, List<Span> fragments) {
        if (!fragments.isEmpty()) {
            to.add(fragments);
        }
    }
}
