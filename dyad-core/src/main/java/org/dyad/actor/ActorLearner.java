package org.dyad.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.document.Document;
import org.dyad.document.Sentence;

/**
 * Picks, from a coded document, the people whose role the text states ({@link Actor.Resolution#TITLE}) but whose
 * name no actor dictionary holds: the actors worth learning. Reads the {@code MENTIONS} layer; each person is
 * reported once per document, at its first titled mention.
 *
 * <p>Thread-safe after construction.
 */
public final class ActorLearner {
    private final Set<String> known = new HashSet<>();

    /** @param dictionary the actor dictionary in use; a name it holds as a phrase is never "learned" */
    public ActorLearner(ActorDictionary dictionary) {
        for (ActorEntry e : dictionary.entries()) {
            known.add(String.join(" ", e.words()));
        }
    }

    /**
     * @param doc a document with the {@code MENTIONS} layer
     * @return the learnable people in text order; empty when the text states no new role
     * @throws org.dyad.document.MissingLayerException when the document has no MENTIONS layer
     */
    public List<LearnedActor> learn(Document doc) {
        Map<String, LearnedActor> found = new LinkedHashMap<>();
        List<Sentence> sentences = doc.sentences();
        int s = 0;
        for (Mention m : doc.mentions()) {
            while (s + 1 < sentences.size() && sentences.get(s).span().end() <= m.span().start()) {
                s++;
            }
            Actor a = m.actor();
            if (a.resolution() != Actor.Resolution.TITLE || a.role().isEmpty()) {
                continue;
            }
            String key = normalise(a.name());
            if (known.contains(key) || found.containsKey(key + "\t" + a.code())) {
                continue;
            }
            found.put(key + "\t" + a.code(), new LearnedActor(a.name(), a.code(), a.role(), doc.article().id(), s,
                    doc.article().date(), a.evidence()));
        }
        return new ArrayList<>(found.values());
    }

    /** The dictionary form of a name: upper case, words joined by one blank. */
    static String normalise(String name) {
        return String.join(" ", Words.key(name).trim().split("[\\s_]+"));
    }
}
