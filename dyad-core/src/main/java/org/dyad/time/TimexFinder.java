package org.dyad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;

/**
 * Finds the time expressions of each body sentence and normalises them to TIMEX3 values against the document
 * creation time ({@link DocumentCreationTime#of}). Requires {@link Layer#SENTENCES} and {@link Layer#POS} (the tags
 * give the tense that decides whether a bare "Friday" is the last one or the next one); produces
 * {@link Layer#TIMEXES}.
 *
 * <p>Two steps: {@link TimexRecognizer} finds the spans and what they say, {@link TimexNormalizer} resolves them.
 * The tense of an expression is that of the verb nearest to it in its sentence: future after "will", "shall",
 * "'ll", "going to" or an infinitive "to", and for a present-tense verb ("the talks begin Monday"); past for a
 * past form ("said", "was", "-ed") or when no verb is found (news reports what happened).
 *
 * <p>Stateless and thread-safe.
 */
public final class TimexFinder implements Stage {

    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "gonna");
    private static final Set<String> PAST_FORMS = Set.of("was", "were", "had", "did", "said", "told", "met", "went",
            "made", "took", "gave", "came", "left", "saw", "held", "began", "fell", "rose", "won", "lost", "sent",
            "spoke", "found", "got", "knew", "led", "paid", "put", "ran", "set", "sold", "bought", "brought",
            "thought", "fought", "caught", "taught", "hit", "cut", "shot", "struck", "broke", "chose", "drove",
            "flew", "grew", "kept", "meant", "quit", "read", "rode", "sank", "shut", "spent", "stood", "swore",
            "threw", "understood", "withdrew", "wrote", "became", "beat", "bit", "built", "dealt", "drew", "ate",
            "felt", "fled", "forgot", "heard", "hid", "hung", "laid", "lay", "lent", "let", "lit", "overcame",
            "overtook", "sought", "slid", "split", "spread", "stole", "stuck", "swept", "tore", "woke", "wore",
            "'d", "been");

    @Override
    public Document apply(Document doc) {
        Optional<LocalDate> dct = DocumentCreationTime.of(doc.article()).map(DocumentCreationTime::date);
        List<Timex> out = new ArrayList<>();
        Optional<LocalDate> previous = Optional.empty();
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            List<TimexRecognizer.Found> found = TimexRecognizer.find(text, s.start(), s.end());
            if (found.isEmpty()) {
                continue;
            }
            List<Token> tokens = doc.tokensIn(s);
            for (TimexRecognizer.Found f : found) {
                Tense tense = f.expr().needsTense() ? tense(tokens, f.span().start(), f.span().end()) : Tense.PAST;
                Timex t = TimexNormalizer.normalize(f.span(), f.expr(), dct, tense, previous);
                if (t.granularity() == Granularity.DAY && t.value().length() == 10 && t.value().indexOf('X') < 0) {
                    previous = Optional.of(LocalDate.parse(t.value()));
                }
                out.add(t);
            }
        }
        return doc.withTimexes(out);
    }

    /** The tense of the verb nearest to {@code [start, end)} among the sentence's tokens. */
    static Tense tense(List<Token> tokens, int start, int end) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((t.tag().equals("VERB") || t.tag().equals("AUX")) && (t.end() <= start || t.start() >= end)) {
                int distance = t.end() <= start ? start - t.end() : t.start() - end + 1;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                }
            }
        }
        if (best < 0) {
            return Tense.PAST;
        }
        // the verb group: auxiliaries, particles and adverbs before the verb
        int first = best;
        while (first > 0 && best - first < 4) {
            String tag = tokens.get(first - 1).tag();
            if (!tag.equals("AUX") && !tag.equals("PART") && !tag.equals("ADV") && !tag.equals("VERB")) {
                break;
            }
            first--;
        }
        boolean pastSeen = false;
        for (int i = first; i <= best; i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (FUTURE.contains(w) || w.equals("to") || w.equals("going")) {
                return Tense.FUTURE;
            }
            pastSeen |= PAST_FORMS.contains(w) || (w.endsWith("ed") && w.length() > 3);
        }
        if (pastSeen) {
            return Tense.PAST;
        }
        String verb = tokens.get(best).text().toLowerCase(Locale.ROOT);
        return verb.endsWith("ing") && first == best ? Tense.PAST : Tense.FUTURE;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.POS);
    }

    @Override
    public Layer produces() {
        return Layer.TIMEXES;
    }
}
