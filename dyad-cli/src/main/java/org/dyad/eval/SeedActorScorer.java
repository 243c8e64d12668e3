package org.dyad.eval;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.cli.output.ActorTable;
import org.dyad.document.Document;
import org.dyad.document.Span;

/**
 * Scores the actor table of a seed article against its {@link SeedActors}.
 *
 * <p>Each gold mention string is looked up in the article body (case-insensitive, every occurrence; the headline
 * and byline are not coded, so occurrences there are not counted). An occurrence is
 * <em>resolved</em> when an actor-table row overlaps it with a code the gold actor {@linkplain SeedActors.Actor#accepts
 * accepts}. A gold actor is resolved when every occurrence of its naming mention (the first in its list) is; the
 * other mentions (surnames, "the alliance", "he") are counted as mention coverage. A not-actor name must overlap
 * no row at all.
 */
public final class SeedActorScorer {
    private final SeedActors gold;

    public SeedActorScorer(SeedActors gold) {
        this.gold = gold;
    }

    /**
     * One gold actor's result.
     *
     * @param actor          the gold actor
     * @param resolved       its naming mention resolved to an accepted code everywhere it occurs
     * @param producedCodes  codes of the rows over the naming mention ("-" when no row covers it)
     * @param mentionsFound  occurrences of any of its mention strings resolved to an accepted code
     * @param mentionsTotal  occurrences of its mention strings in the text
     */
    public record ActorResult(SeedActors.Actor actor, boolean resolved, List<String> producedCodes,
                              int mentionsFound, int mentionsTotal) {
    }

    /**
     * The whole score.
     *
     * @param actors       one result per gold actor, in gold order
     * @param notActorHits not-actor names that some row covers (should be empty)
     */
    public record Score(List<ActorResult> actors, List<String> notActorHits) {
        public long resolved() {
            return actors.stream().filter(ActorResult::resolved).count();
        }

        /** A readable report, one line per gold actor. */
        public String render() {
            StringWriter s = new StringWriter();
            PrintWriter out = new PrintWriter(s);
            out.printf("actors resolved: %d/%d   byline and other non-actors taken as actors: %d%n", resolved(),
                    actors.size(), notActorHits.size());
            int found = 0;
            int total = 0;
            for (ActorResult r : actors) {
                found += r.mentionsFound();
                total += r.mentionsTotal();
                out.printf("  [%s] %-42s gold %-12s produced %-28s mentions %d/%d%n", r.resolved() ? "x" : " ",
                        r.actor().name(), r.actor().code(), String.join(",", r.producedCodes()), r.mentionsFound(),
                        r.mentionsTotal());
            }
            out.printf("mentions resolved: %d/%d%n", found, total);
            for (String n : notActorHits) {
                out.println("  taken as an actor but is none: " + n);
            }
            out.flush();
            return s.toString();
        }
    }

    /**
     * @param doc the coded seed document (MENTIONS and EVENTS layers)
     * @return the score
     */
    public Score score(Document doc) {
        List<ActorTable.Row> rows = ActorTable.rows(doc);
        String text = doc.text();
        Span body = doc.article().body();
        List<ActorResult> results = new ArrayList<>();
        for (SeedActors.Actor a : gold.actors()) {
            boolean resolved = true;
            List<String> codes = new ArrayList<>();
            List<Span> naming = occurrences(text, body, a.mentions().get(0));
            resolved &= !naming.isEmpty();
            for (Span at : naming) {
                List<ActorTable.Row> over = overlapping(rows, at);
                over.forEach(r -> codes.add(r.actor().code()));
                if (over.isEmpty()) {
                    codes.add("-");
                }
                resolved &= over.stream().anyMatch(r -> a.accepts(r.actor().code()));
            }
            int found = 0;
            int total = 0;
            List<Span> counted = new ArrayList<>();
            for (String m : a.mentions()) {
                for (Span at : occurrences(text, body, m)) {
                    if (counted.stream().anyMatch(c -> c.start() <= at.start() && at.end() <= c.end())) {
                        continue;                  // "The alliance" inside "The alliance's secretary general"
                    }
                    counted.add(at);
                    total++;
                    if (overlapping(rows, at).stream().anyMatch(r -> a.accepts(r.actor().code()))) {
                        found++;
                    }
                }
            }
            results.add(new ActorResult(a, resolved, codes, found, total));
        }
        List<String> notActorHits = new ArrayList<>();
        for (String n : gold.notActors()) {
            for (Span at : occurrences(text, new Span(0, text.length()), n)) {
                if (!overlapping(rows, at).isEmpty()) {
                    notActorHits.add(n);
                    break;
                }
            }
        }
        return new Score(results, notActorHits);
    }

    /**
     * Whole-word, case-insensitive occurrences of {@code phrase} inside {@code within}; any run of white space, the no-break space
     * included, matches a blank of the phrase.
     */
    private static List<Span> occurrences(String text, Span within, String phrase) {
        String[] words = phrase.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int k = 0; k < words.length; k++) {
            regex.append(k == 0 ? "" : "[\\s\\u00A0]+").append(Pattern.quote(words[k]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        List<Span> out = new ArrayList<>();
        while (m.find()) {
            if (within.start() <= m.start() && m.end() <= within.end()) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    private static List<ActorTable.Row> overlapping(List<ActorTable.Row> rows, Span at) {
        return rows.stream().filter(r -> r.span().start() < at.end() && at.start() < r.span().end()).toList();
    }
}
