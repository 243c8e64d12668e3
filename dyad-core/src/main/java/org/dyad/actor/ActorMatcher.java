package org.dyad.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;

/**
 * Finds actor mentions: dictionary actors (countries, IGOs, NGOs, militant groups, people), agents (sectors such as
 * GOV, MIL, COP), and their composition inside one noun phrase, TABARI-style over POS tags without a parser.
 *
 * <p>Rules, each a small step:
 * <ul>
 *   <li>Actor phrases from the actor dictionaries, longest match first; a match needs at least one capitalised
 *       word, so "us" is not the USA. The code is the one valid on the document date (dated dictionary codes).</li>
 *   <li>Agent phrases on the words no actor covers ("security officials", "army").</li>
 *   <li>A noun phrase is a run of determiners, adjectives, nouns, proper nouns, numbers, possessive 's and matched
 *       words; "of / from / in / for / at" joins an agent-only phrase to a following actor ("soldiers from Gondor",
 *       "the spokesperson for the Pakistan Army"); "," / "and" / "or" join actors into a coordinated list
 *       ("Arnor, Osgiliath and Gondor"), each member a mention of its own.</li>
 *   <li>Composition: prefix agents (NGO~) + actor code + suffix agents (~GOV), skipping an agent the code already
 *       ends with: "Pakistani military" → PAKMIL (PETRARCH agent rules, {@code Phoenix.agents.txt}).</li>
 *   <li>Titles teach names for the document: in "NATO Secretary General Jens Stoltenberg" the capitalised name after
 *       the title takes the composed code, so a later "Stoltenberg" is NATO's, whatever a stale dictionary says.</li>
 * </ul>
 * Requires {@link Layer#POS}; produces {@link Layer#MENTIONS}. Thread-safe after construction.
 */
public final class ActorMatcher implements Stage {
    private static final Set<String> CONNECTORS = Set.of("OF", "FROM", "IN", "FOR", "AT");
    private static final Set<String> COORDINATORS = Set.of(",", "AND", "OR");
    private static final Set<String> NOMINAL_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> PRONOUN_DETERMINERS = Set.of("ITS", "THEIR", "HIS", "HER", "OUR");
    /** Organisation codes that PETRARCH writes in front of a country code ("MSF Arnor" → NGOARN). */
    private static final Set<String> PREFIX_ORGANISATIONS = Set.of("NGO", "IGO", "MNC", "NGM");

    private final PhraseIndex<ActorEntry> actors = new PhraseIndex<>();
    private final PhraseIndex<AgentEntry> agents = new PhraseIndex<>();

    /**
     * @param actorDictionary actor phrases with their (dated) codes
     * @param agentDictionary agent phrases with their sector codes
     */
    public ActorMatcher(ActorDictionary actorDictionary, AgentDictionary agentDictionary) {
        for (ActorEntry e : actorDictionary.entries()) {
            actors.add(e.words(), e);
        }
        for (AgentEntry e : agentDictionary.entries()) {
            agents.add(e.words(), e);
        }
    }

    @Override
    public Document apply(Document doc) {
        Optional<LocalDate> date = doc.article().date();
        Map<String, Actor> learned = new HashMap<>();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(find(doc.tokensIn(s), date, learned));
        }
        return doc.withMentions(out);
    }

    /**
     * Finds the mentions of one sentence.
     *
     * @param tokens  the sentence's tagged tokens
     * @param date    document date, to choose among dated actor codes
     * @param learned names learned from titles earlier in the document (upper-case word → actor); updated here
     */
    List<Mention> find(List<Token> tokens, Optional<LocalDate> date, Map<String, Actor> learned) {
        int n = tokens.size();
        String[] words = Words.keys(tokens);
        Object[] cover = new Object[n];              // ActorHit or AgentHit per token
        for (PhraseIndex.Match<ActorEntry> m : actors.findAll(words)) {
            if (!hasCapital(tokens, m.start(), m.end())) {
                continue;
            }
            Optional<String> code = Optional.empty();
            ActorEntry entry = null;
            for (ActorEntry e : m.values()) {
                code = e.codeOn(date);
                entry = e;
                if (code.isPresent()) {
                    break;
                }
            }
            if (code.isEmpty()) {
                continue;
            }
            ActorHit hit = new ActorHit(m.start(), m.end(), new Actor(code.get(), entry.name(),
                    Actor.Resolution.DICTIONARY, entry.origin()));
            for (int i = m.start(); i < m.end(); i++) {
                cover[i] = hit;
            }
        }
        // names learned from titles outrank the dictionary (a stale role in an old dictionary)
        for (int i = 0; i < n; i++) {
            Actor a = learned.get(words[i]);
            if (a == null || !isCapitalised(tokens.get(i))) {
                continue;
            }
            int start = i;
            int end = i + 1;
            if (cover[i] instanceof ActorHit h) {
                if (h.actor().resolution() != Actor.Resolution.DICTIONARY || h.end() != i + 1) {
                    continue;                     // the name is part of a longer phrase: keep that phrase
                }
                start = h.start();
            }
            ActorHit hit = new ActorHit(start, end, new Actor(a.code(), a.name(), Actor.Resolution.COMPOSED,
                    "named with a title earlier in the document (" + a.evidence() + ")"));
            for (int k = start; k < end; k++) {
                cover[k] = hit;
            }
        }
        int i = 0;
        while (i < n) {
            if (cover[i] == null) {
                Optional<PhraseIndex.Match<AgentEntry>> m = agents.longestAt(words, i);
                if (m.isPresent() && noneCovered(cover, m.get().start(), m.get().end())) {
                    AgentHit hit = new AgentHit(m.get().start(), m.get().end(), m.get().values().get(0));
                    for (int k = hit.start(); k < hit.end(); k++) {
                        cover[k] = hit;
                    }
                    i = hit.end();
                    continue;
                }
            }
            i++;
        }
        List<Mention> out = new ArrayList<>();
        i = 0;
        while (i < n) {
            if (!startsPhrase(tokens.get(i), words[i], cover[i])) {
                i++;
                continue;
            }
            int end = phraseEnd(tokens, words, cover, i);
            out.addAll(compose(tokens, words, cover, i, end, learned));
            i = end;
        }
        return out;
    }

    private static boolean startsPhrase(Token t, String word, Object cover) {
        return cover != null || NOMINAL_TAGS.contains(t.tag()) || PRONOUN_DETERMINERS.contains(word);
    }

    private static boolean inPhrase(Token t, String word, Object cover) {
        return cover != null || NOMINAL_TAGS.contains(t.tag()) || word.equals("'S") || word.equals("'")
                || word.equals("-") || PRONOUN_DETERMINERS.contains(word);
    }

    /** End (exclusive) of the noun phrase starting at {@code start}, with connectors and coordination. */
    private static int phraseEnd(List<Token> tokens, String[] words, Object[] cover, int start) {
        int n = tokens.size();
        int i = start;
        boolean hasActor = false;
        boolean hasAgent = false;
        while (i < n) {
            if (inPhrase(tokens.get(i), words[i], cover[i])) {
                hasActor |= cover[i] instanceof ActorHit;
                hasAgent |= cover[i] instanceof AgentHit;
                i++;
                continue;
            }
            int next = skipDeterminers(tokens, words, i + 1);
            boolean actorNext = next < n && cover[next] instanceof ActorHit;
            if (COORDINATORS.contains(words[i]) && hasActor && actorNext) {
                // "Arnor, Osgiliath and Gondor": also accept ", and"
                i = next;
                continue;
            }
            if (words[i].equals(",") && hasActor && next < n && COORDINATORS.contains(words[next])) {
                int after = skipDeterminers(tokens, words, next + 1);
                if (after < n && cover[after] instanceof ActorHit) {
                    i = after;
                    continue;
                }
            }
            if (CONNECTORS.contains(words[i]) && hasAgent && !hasActor && actorNext) {
                i = next;
                continue;
            }
            break;
        }
        // a phrase never ends on a dangling comma, conjunction or possessive
        while (i > start + 1 && (words[i - 1].equals("'S") || words[i - 1].equals("-"))
                && !(cover[i - 1] instanceof ActorHit)) {
            i--;
        }
        return i;
    }

    private static int skipDeterminers(List<Token> tokens, String[] words, int i) {
        while (i < tokens.size() && (tokens.get(i).tag().equals("DET") || words[i].equals("THE"))) {
            i++;
        }
        return i;
    }

    /** The mentions of one noun phrase {@code [start, end)}. */
    private List<Mention> compose(List<Token> tokens, String[] words, Object[] cover, int start, int end,
                                  Map<String, Actor> learned) {
        List<ActorHit> actorHits = new ArrayList<>();
        List<AgentHit> agentHits = new ArrayList<>();
        boolean coordinated = false;
        for (int i = start; i < end; i++) {
            if (cover[i] instanceof ActorHit a && (actorHits.isEmpty() || actorHits.get(actorHits.size() - 1) != a)) {
                actorHits.add(a);
            } else if (cover[i] instanceof AgentHit g && (agentHits.isEmpty() || agentHits.get(agentHits.size() - 1) != g)) {
                agentHits.add(g);
            } else if (cover[i] == null && COORDINATORS.contains(words[i])) {
                coordinated = true;
            }
        }
        if (actorHits.isEmpty() && agentHits.isEmpty()) {
            return List.of();
        }
        int phraseStart = start;
        while (phraseStart < end - 1 && tokens.get(phraseStart).tag().equals("DET") && cover[phraseStart] == null) {
            phraseStart++;
        }
        Span phrase = new Span(tokens.get(phraseStart).start(), tokens.get(end - 1).end());
        List<Mention> out = new ArrayList<>();
        if (actorHits.isEmpty()) {
            String code = agentCodes(agentHits, null);
            out.add(new Mention(phrase, new Actor(code, text(tokens, phraseStart, end), Actor.Resolution.AGENT_ONLY,
                    agentHits.get(0).entry().origin()), phrase));
            return out;
        }
        if (coordinated) {
            for (ActorHit a : actorHits) {
                Actor actor = withAgents(a.actor(), agentHits);
                Span span = new Span(tokens.get(a.start()).start(), tokens.get(a.end() - 1).end());
                out.add(new Mention(span, actor, phrase));
            }
            return out;
        }
        ActorHit head = actorHits.get(0);
        Actor actor = head.actor();
        if (actorHits.size() > 1 && PREFIX_ORGANISATIONS.contains(actor.code())) {
            Actor second = actorHits.get(1).actor();
            actor = new Actor(actor.code() + second.code(), actor.name() + " " + second.name(),
                    Actor.Resolution.COMPOSED, actor.evidence() + " + " + second.evidence());
        }
        Actor composed = withAgents(actor, agentHits);
        out.add(new Mention(phrase, composed, phrase));
        learnTitledName(tokens, words, cover, head, agentHits, end, composed, learned);
        return out;
    }

    /**
     * "NATO Secretary General Jens Stoltenberg": the capitalised words after the title agent name a person who holds
     * the composed role in this document; remember the full name and the surname.
     */
    private static void learnTitledName(List<Token> tokens, String[] words, Object[] cover, ActorHit head,
                                        List<AgentHit> agentHits, int end, Actor composed, Map<String, Actor> learned) {
        if (agentHits.isEmpty()) {
            return;
        }
        AgentHit title = agentHits.get(agentHits.size() - 1);
        if (title.start() < head.end()) {
            return;
        }
        int nameStart = title.end();
        while (nameStart < end && !isCapitalised(tokens.get(nameStart))) {
            nameStart++;
        }
        int nameEnd = nameStart;
        while (nameEnd < end && isCapitalised(tokens.get(nameEnd)) && tokens.get(nameEnd).tag().equals("PROPN")) {
            nameEnd++;
        }
        if (nameEnd - nameStart < 2 || nameEnd != end) {
            return;
        }
        Actor person = new Actor(composed.code(), text(tokens, nameStart, nameEnd), Actor.Resolution.COMPOSED,
                "title: " + text(tokens, head.start(), nameEnd));
        learned.put(words[nameEnd - 1], person);
    }

    private static Actor withAgents(Actor actor, List<AgentHit> agentHits) {
        if (agentHits.isEmpty()) {
            return actor;
        }
        String code = agentCodes(agentHits, actor.code());
        if (code.equals(actor.code())) {
            return actor;
        }
        return new Actor(code, actor.name(), Actor.Resolution.COMPOSED, actor.evidence() + " + agents "
                + agentHits.stream().map(h -> h.entry().origin()).toList());
    }

    /** Prefix agents + base + suffix agents; {@code base} null for agent-only phrases. */
    private static String agentCodes(List<AgentHit> agentHits, String base) {
        Set<String> prefix = new LinkedHashSet<>();
        Set<String> suffix = new LinkedHashSet<>();
        for (AgentHit g : agentHits) {
            (g.entry().prefix() ? prefix : suffix).add(g.entry().code());
        }
        StringBuilder sb = new StringBuilder();
        for (String p : prefix) {
            if (base == null || !base.startsWith(p)) {
                sb.append(p);
            }
        }
        String b = base == null ? "" : base;
        sb.append(b);
        for (String s : suffix) {
            if (!endsWithCode(sb, s) && !b.contains(s)) {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    private static boolean endsWithCode(CharSequence code, String agent) {
        return code.length() >= agent.length()
                && code.subSequence(code.length() - agent.length(), code.length()).toString().equals(agent);
    }

    private static boolean noneCovered(Object[] cover, int start, int end) {
        for (int i = start; i < end; i++) {
            if (cover[i] != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCapital(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isCapitalised(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalised(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    private static String text(List<Token> tokens, int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start && tokens.get(i).start() > tokens.get(i - 1).end()) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    private record ActorHit(int start, int end, Actor actor) {
    }

    private record AgentHit(int start, int end, AgentEntry entry) {
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.POS);
    }

    @Override
    public Layer produces() {
        return Layer.MENTIONS;
    }
}
