package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.dyad.actor.Actor;
import org.dyad.actor.Mention;
import org.dyad.actor.Name;
import org.dyad.actor.NameType;
import org.dyad.document.Document;
import org.dyad.document.Span;

/**
 * Scores Dyad's person, organisation and place mentions against the GUM gold, in two settings.
 *
 * <ol>
 *   <li><b>Named mentions</b> (the primary figure): gold mentions holding a token whose gold POS is PROPN, against
 *       the NAMES layer.</li>
 *   <li><b>All mentions</b>: every gold person, organization and place mention, pronouns and nominals included,
 *       against the NAMES layer plus the actor mentions of the MENTIONS layer that overlap no name.</li>
 * </ol>
 *
 * <p>Typing rule for actor mentions (GUM types a country "organization" when it acts and "place" when it is a
 * location, which a dictionary code cannot tell apart): a mention whose last word is a person noun ("president",
 * "spokesman", "soldiers", "officials") is a PERSON; else a mention coded with a bare three-letter country code is
 * a PLACE, as NameFinder types country names; else (agents such as "the police", "the government", composed
 * codes, IGOs) an ORGANISATION.
 */
public final class EntityEvaluator {
    /** Person nouns that the suffix rule of {@link #personNoun} misses. */
    private static final Set<String> PERSON_NOUNS = Set.of("president", "chief", "official", "people", "troops",
            "police officer", "staff", "pope", "king", "queen", "prince", "judge", "envoy", "militant", "rebel",
            "civilian", "student", "resident", "activist", "protester", "refugee", "victim", "child", "children",
            "man", "men", "woman", "women", "family", "guard", "personnel", "delegate", "diplomat", "head",
            "candidate", "crew", "captain", "general", "secretary", "deputy", "representative", "spokesperson");

    private final Function<GumDocument, Document> analyser;

    /**
     * @param analyser runs Dyad on a GUM document's text (with its date) and returns the analysed document, which
     *                 must hold the NAMES and MENTIONS layers
     */
    public EntityEvaluator(Function<GumDocument, Document> analyser) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
    }

    /**
     * The scores of a corpus.
     *
     * @param documents   number of documents scored
     * @param namedGold   named gold person/organisation/place mentions
     * @param allGold     all gold person/organisation/place mentions
     * @param named       scores of the named setting
     * @param all         scores of the all-mentions setting
     * @param details     per document, the named gold mentions no prediction overlaps (with the names of any type
     *                    inside them), those matched by a name of another type, and the names that overlap no
     *                    named gold mention (type ignored), as "text [TYPE, cue]" lines
     */
    public record Result(int documents, int namedGold, int allGold, EntityScore named, EntityScore all,
                         List<String> details) {
        public Result {
            details = List.copyOf(details);
        }
    }

    /** Runs Dyad on every document and scores it. */
    public Result evaluate(List<GumDocument> documents) {
        EntityScore named = EntityScore.zero();
        EntityScore all = EntityScore.zero();
        int namedGold = 0;
        int allGold = 0;
        List<String> details = new ArrayList<>();
        for (GumDocument gum : documents) {
            Document doc = analyser.apply(gum);
            List<GoldEntity> gold = gum.entities().stream()
                    .filter(e -> EntityScore.TYPES.contains(e.type())).toList();
            List<GoldEntity> goldNamed = gold.stream().filter(GoldEntity::named).toList();
            namedGold += goldNamed.size();
            allGold += gold.size();
            List<PredictedEntity> names = names(doc);
            named = named.plus(EntityScorer.score(goldNamed, names));
            all = all.plus(EntityScorer.score(gold, namesAndMentions(doc, names)));
            details.addAll(details(gum, doc, goldNamed, names));
        }
        return new Result(documents.size(), namedGold, allGold, named, all, details);
    }

    /** The NAMES layer's persons, organisations and places. */
    static List<PredictedEntity> names(Document doc) {
        List<PredictedEntity> out = new ArrayList<>();
        for (Name n : doc.names()) {
            if (n.type() != NameType.OTHER) {
                out.add(new PredictedEntity(n.span(), n.type(), "name"));
            }
        }
        return out;
    }

    /** The names, and the actor mentions that overlap none of them, typed by the rule in the class comment. */
    static List<PredictedEntity> namesAndMentions(Document doc, List<PredictedEntity> names) {
        List<PredictedEntity> out = new ArrayList<>(names);
        List<Span> taken = new ArrayList<>();
        names.forEach(n -> taken.add(n.span()));
        for (Mention m : doc.mentions()) {
            if (taken.stream().anyMatch(s -> s.overlaps(m.span()))) {
                continue;
            }
            taken.add(m.span());
            out.add(new PredictedEntity(m.span(), mentionType(doc.text(m.span()), m.actor()), "actor mention"));
        }
        return out;
    }

    /** The type of an actor mention: see the class comment. */
    static NameType mentionType(String text, Actor actor) {
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        if (personNoun(words[words.length - 1])) {
            return NameType.PERSON;
        }
        if (actor.code().length() == 3 && actor.resolution() == Actor.Resolution.DICTIONARY) {
            return NameType.PLACE;
        }
        return NameType.ORGANISATION;
    }

    /** A noun naming people: listed, or ending -er, -or, -ist, -man, -ian, -ant, -ent (not -ment), or plurals. */
    static boolean personNoun(String word) {
        String w = word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        if (PERSON_NOUNS.contains(word) || PERSON_NOUNS.contains(w)) {
            return true;
        }
        if (w.endsWith("ment") || w.length() < 4) {
            return false;
        }
        return w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("man")
                || w.endsWith("ian") || w.endsWith("ant") || w.endsWith("ent");
    }

    private static List<String> details(GumDocument gum, Document doc, List<GoldEntity> gold,
                                        List<PredictedEntity> names) {
        EntityScorer.Matching m = EntityScorer.match(gold.stream().map(GoldEntity::span).toList(),
                names.stream().map(PredictedEntity::span).toList(), false);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (!m.goldMatched().get(i)) {
                Span g = gold.get(i).span();
                StringBuilder found = new StringBuilder();
                for (Name n : doc.names()) {
                    if (n.span().overlaps(g)) {
                        found.append(found.length() == 0 ? "  names here: " : ", ").append(oneLine(gum.text(), n.span()))
                                .append(" [").append(n.type()).append(", ").append(n.evidence()).append("]");
                    }
                }
                out.add(gum.id() + "  missed    " + oneLine(gum.text(), g) + " [" + gold.get(i).gumType() + "]"
                        + found);
            }
        }
        List<Name> layer = doc.names().stream().filter(n -> n.type() != NameType.OTHER).toList();
        for (int i = 0; i < gold.size(); i++) {
            int j = m.partner()[i];
            if (j >= 0 && names.get(j).type() != gold.get(i).type()) {
                out.add(gum.id() + "  mistyped  " + oneLine(gum.text(), gold.get(i).span()) + " ["
                        + gold.get(i).gumType() + "] as " + oneLine(gum.text(), names.get(j).span()) + " ["
                        + names.get(j).type() + ", " + layer.get(j).evidence() + "]");
            }
        }
        for (int j = 0; j < names.size(); j++) {
            if (!m.predictedMatched().get(j)) {
                out.add(gum.id() + "  spurious  " + oneLine(gum.text(), names.get(j).span()) + " ["
                        + names.get(j).type() + ", " + layer.get(j).evidence() + "]");
            }
        }
        return out;
    }

    private static String oneLine(String text, Span span) {
        return text.substring(span.start(), span.end()).replace('\n', ' ');
    }
}
