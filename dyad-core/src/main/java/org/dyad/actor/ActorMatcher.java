package org.dyad.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;
import org.dyad.time.CalendarWords;

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
 *       "the spokesman for the Ugandan army"); "," / "and" / "or" join actors into a coordinated list
 *       ("Arnor, Osgiliath and Gondor"), each member a mention of its own.</li>
 *   <li>Composition: prefix agents (NGO~) + actor code + suffix agents (~GOV), skipping an agent the code already
 *       ends with: "Kenyan military" → KENMIL (PETRARCH agent rules, {@code Phoenix.agents.txt}).</li>
 *   <li>Titles teach names for the document: in "UN Secretary General Ban Ki-moon" the capitalised name after
 *       the title takes the composed code, so a later "Ban" is the UN's, whatever a stale dictionary says.</li>
 * </ul>
 * Requires {@link Layer#POS}; produces {@link Layer#MENTIONS}. Thread-safe after construction.
 */
public final class ActorMatcher implements Stage {
    /** Days and other time words that news writers put right after a name ("Beijing Tuesday said"). */
    private static final Set<String> TIME_WORDS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY", "YESTERDAY", "TODAY", "TOMORROW", "TONIGHT");
    /** Finite verbs that agree with a singular subject only. */
    private static final Set<String> SINGULAR_FINITE = Set.of("IS", "WAS", "HAS", "DOES", "SAYS");
    private static final Set<String> CONNECTORS = Set.of("OF", "FROM", "IN", "FOR", "AT");
    private static final Set<String> COORDINATORS = Set.of(",", "AND", "OR", "NOR");
    private static final Set<String> NOMINAL_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> PRONOUN_DETERMINERS = Set.of("ITS", "THEIR", "HIS", "HER", "OUR");
    /** Organisation codes that PETRARCH writes in front of a country code ("MSF Arnor" → NGOARN). */
    private static final Set<String> PREFIX_ORGANISATIONS = Set.of("NGO", "IGO", "MNC", "NGM");
    /** Code roots that are not states (CAMEO actor codebook: IGOs, NGOs, companies, armed groups…). */
    /** Three-letter code roots that name no country: organisations and sectors (CAMEO 1.1b3 actor codebook). */
    public static final Set<String> NON_STATE_ROOTS = Set.of("IGO", "NGO", "NGM", "MNC", "IMG", "UAF", "REB", "INS",
            "OPP", "SPY", "MED", "BUS", "CVL", "EDU", "ELI", "GOV", "HLH", "HRI", "JUD", "LAB", "LEG", "MIL", "COP",
            "PTY", "REF", "REL", "CRM", "AGR", "ENV", "DEV", "MOD", "RAD", "SET", "UIS", "PPL");
    private static final Set<String> ORGANISATION_NOUNS = Set.of("ALLIANCE", "BLOC", "ORGANISATION", "ORGANIZATION",
            "UNION", "COALITION", "AGENCY");
    private static final Set<String> COUNTRY_NOUNS = Set.of("COUNTRY", "NATION", "KINGDOM", "REPUBLIC");

    private final PhraseIndex<ActorEntry> actors = new PhraseIndex<>();
    private final PhraseIndex<AgentEntry> agents = new PhraseIndex<>();
    private final int newActorLength;
    private final LearnedActors learnedActors;

    /**
     * @param actorDictionary actor phrases with their (dated) codes
     * @param agentDictionary agent phrases with their sector codes
     */
    public ActorMatcher(ActorDictionary actorDictionary, AgentDictionary agentDictionary) {
        this(actorDictionary, agentDictionary, 0);
    }

    /**
     * A matcher that also takes unknown capitalised noun phrases as actors, as PETRARCH does with its
     * {@code new_actor_length} option: a phrase with no dictionary actor or agent, with a proper noun, of at most
     * {@code newActorLength} words (possessive 's not counted), becomes an actor whose code is the phrase in upper
     * case ("GRYFFINDOR HEAD MINERVA MCGONAGALL"). Such codes are no CAMEO codes: this serves suite scoring only.
     *
     * @param newActorLength the longest new-actor phrase in words; 0 turns new actors off
     * @throws IllegalArgumentException when negative
     */
    public ActorMatcher(ActorDictionary actorDictionary, AgentDictionary agentDictionary, int newActorLength) {
        this(actorDictionary, agentDictionary, LearnedActors.none(), newActorLength);
    }

    /**
     * A matcher that also resolves the people of a learned-actors file (names no dictionary holds, learned from
     * roles stated in earlier documents; {@link Actor.Resolution#LEARNED}).
     *
     * @param learned        the learned people; {@link LearnedActors#none()} for none
     * @param newActorLength as in the three-argument constructor; 0 in production
     */
    public ActorMatcher(ActorDictionary actorDictionary, AgentDictionary agentDictionary, LearnedActors learned,
                        int newActorLength) {
        this.learnedActors = Objects.requireNonNull(learned, "learned");
        if (newActorLength < 0) {
            throw new IllegalArgumentException("newActorLength must be 0 or more: " + newActorLength);
        }
        this.newActorLength = newActorLength;
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
        Focus focus = new Focus();
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            out.addAll(find(doc.tokensIn(s), date, focus));
            focus.endSentence();
        }
        return doc.withMentions(out);
    }

    /**
     * Finds the mentions of one sentence.
     *
     * @param tokens  the sentence's tagged tokens
     * @param date    document date, to choose among dated actor codes
     * @param focus   what the document has named so far (learned names, last country and organisation); updated
     */
    List<Mention> find(List<Token> tokens, Optional<LocalDate> date, Focus focus) {
        Map<String, Actor> learned = focus.learned;
        int n = tokens.size();
        String[] words = Words.keys(tokens);
        Hit[] cover = new Hit[n];                    // the dictionary phrase covering each token, if any
        for (PhraseIndex.Match<ActorEntry> m : actors.findAll(words)) {
            if (!hasCapital(tokens, m.start(), m.end())) {
                continue;
            }
            Optional<String> code = Optional.empty();
            ActorEntry entry = null;
            // the entry read last wins: a supplement or user dictionary merged after the Phoenix files updates them
            for (int v = m.values().size() - 1; v >= 0; v--) {
                ActorEntry e = m.values().get(v);
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
        // people learned in earlier runs, where no dictionary phrase names them
        if (learnedActors.size() > 0) {
            for (PhraseIndex.Match<LearnedActors.Entry> m : learnedActors.index().findAll(words)) {
                LearnedActors.Entry e = m.values().get(m.values().size() - 1);
                if (!noneCovered(cover, m.start(), m.end()) || !hasCapital(tokens, m.start(), m.end())
                        || !e.appliesOn(date)) {
                    continue;
                }
                ActorHit hit = new ActorHit(m.start(), m.end(), e.actor());
                for (int k = m.start(); k < m.end(); k++) {
                    cover[k] = hit;
                }
                focus.learnName(words, m.start(), m.end(), hit.actor());
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
            ActorHit hit = new ActorHit(start, end, a.resolution() == Actor.Resolution.COREFERENCE ? a
                    : new Actor(a.code(), a.name(), a.role(), Actor.Resolution.COREFERENCE,
                    "named earlier in the document (" + a.evidence() + ")"));
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
            List<Mention> found = splitMultipleCodes(compose(tokens, words, cover, i, end, focus));
            if (found.isEmpty() && newActorLength > 0) {
                end = newActorEnd(tokens, words, cover, i, end);
                found = newActor(tokens, words, i, end).map(List::of).orElse(List.of());
            }
            for (Mention m : found) {
                focus.saw(m.actor());
            }
            out.addAll(found);
            i = end;
        }
        learnAcronyms(tokens, words, cover, out, focus);
        return appositives(tokens, words, cover, out, focus);
    }

    /**
     * "Tariq Example, the country's acting defence minister, said …", "Jane Roe, NATO's deputy secretary general":
     * a capitalised name of two words or more that no mention covers, set off by a comma right before a mention of
     * an office (an actor code with a sector), is the person who holds it. Adds the person's mention in text order.
     */
    private static List<Mention> appositives(List<Token> tokens, String[] words, Hit[] cover, List<Mention> mentions,
                                             Focus focus) {
        List<Mention> out = new ArrayList<>(mentions);
        int k = 0;
        for (Mention m : mentions) {
            while (k < tokens.size() && tokens.get(k).start() < m.phrase().start()) {
                k++;
            }
            int comma = k - 1;
            while (comma >= 0 && tokens.get(comma).tag().equals("DET")) {
                comma--;
            }
            Actor a = m.actor();
            if (comma < 2 || !words[comma].equals(",") || a.code().length() < 6 || !a.role().isEmpty()
                    || a.resolution() == Actor.Resolution.AGENT_ONLY || a.resolution() == Actor.Resolution.DICTIONARY) {
                continue;
            }
            int nameEnd = comma;
            int nameStart = nameEnd;
            while (nameStart > 0 && cover[nameStart - 1] == null && tokens.get(nameStart - 1).tag().equals("PROPN")
                    && isCapitalised(tokens.get(nameStart - 1))) {
                nameStart--;
            }
            if (nameEnd - nameStart < 2 || covered(mentions, tokens.get(nameStart).start())) {
                continue;
            }
            String phrase = text(tokens, k, tokenAtOrAfter(tokens, m.phrase().end()));
            int possessive = phrase.indexOf("'s ");
            String role = possessive >= 0 ? phrase.substring(possessive + 3) : phrase;
            Actor person = new Actor(a.code(), text(tokens, nameStart, nameEnd), role, Actor.Resolution.TITLE,
                    "appositive: '" + text(tokens, nameStart, tokenAtOrAfter(tokens, m.phrase().end())) + "'");
            focus.learnName(words, nameStart, nameEnd, person);
            Span name = new Span(tokens.get(nameStart).start(), tokens.get(nameEnd - 1).end());
            out.add(new Mention(name, person, name));
        }
        out.sort(java.util.Comparator.comparingInt((Mention x) -> x.span().start()));
        return out;
    }

    private static boolean covered(List<Mention> mentions, int offset) {
        for (Mention m : mentions) {
            if (m.phrase().start() <= offset && offset < m.phrase().end()) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first token that starts at or after {@code offset}; the token count when none does. */
    private static int tokenAtOrAfter(List<Token> tokens, int offset) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    /** "the Ministry of Magic": a new-actor phrase runs on over "of" and a capitalised proper noun. */
    private static int newActorEnd(List<Token> tokens, String[] words, Hit[] cover, int start, int end) {
        while (end + 1 < tokens.size() && words[end].equals("OF") && cover[end + 1] == null
                && tokens.get(end + 1).tag().equals("PROPN") && isCapitalised(tokens.get(end + 1))) {
            end += 2;
            while (end < tokens.size() && cover[end] == null && tokens.get(end).tag().equals("PROPN")) {
                end++;
            }
        }
        return end;
    }

    /** The new actor of phrase {@code [start, end)}, when it qualifies (see the three-argument constructor). */
    private Optional<Mention> newActor(List<Token> tokens, String[] words, int start, int end) {
        List<String> kept = new ArrayList<>();
        boolean proper = false;
        for (int k = start; k < end; k++) {
            if (words[k].equals("'S") || words[k].equals("'")) {
                continue;
            }
            proper |= tokens.get(k).tag().equals("PROPN") && isCapitalised(tokens.get(k));
            kept.add(words[k]);
        }
        if (!proper || kept.isEmpty() || kept.size() > newActorLength) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(start).start(), tokens.get(end - 1).end());
        return Optional.of(new Mention(span, new Actor(String.join(" ", kept), text(tokens, start, end),
                Actor.Resolution.DICTIONARY, "new actor: an unknown noun phrase of " + kept.size() + " words"), span));
    }

    /**
     * "the Resolute Support Mission (RSM)": a capitalised word in parentheses right after a mention is its acronym;
     * later in the document the acronym alone is the same actor (a dictionary actor of that spelling keeps its own
     * code).
     */
    private static void learnAcronyms(List<Token> tokens, String[] words, Hit[] cover, List<Mention> mentions,
                                      Focus focus) {
        for (Mention m : mentions) {
            int k = tokenAtOrAfter(tokens, m.span().end());
            if (k >= 3 && words[k - 1].equals(")") && words[k - 3].equals("(")) {
                k -= 3;                          // the phrase took the parenthesis in: "… Force (ISAF)"
            }
            if (k + 2 < tokens.size() && words[k].equals("(") && words[k + 2].equals(")")
                    && isAcronym(tokens.get(k + 1).text()) && !(cover[k + 1] instanceof ActorHit)) {
                Actor a = m.actor();
                focus.learned.put(words[k + 1], new Actor(a.code(), a.name(), a.role(), Actor.Resolution.COREFERENCE,
                        "acronym defined in parentheses: '" + tokens.get(k + 1).text() + "' after '"
                        + a.name() + "'"));
            }
        }
    }

    private static boolean startsPhrase(Token t, String word, Hit cover) {
        if (cover == null && TIME_WORDS.contains(word)) {
            return false;
        }
        return cover != null || NOMINAL_TAGS.contains(t.tag()) || PRONOUN_DETERMINERS.contains(word);
    }

    private static boolean inPhrase(Token t, String word, Hit cover) {
        if (cover == null && TIME_WORDS.contains(word)) {
            return false;                       // "the UN Security Council Wednesday": the day is no part of the name
        }
        return cover != null || NOMINAL_TAGS.contains(t.tag()) || word.equals("'S") || word.equals("'")
                || word.equals("-") || PRONOUN_DETERMINERS.contains(word);
    }

    private static final Set<String> TIME_UNITS = CalendarWords.union(CalendarWords.PERIODS, CalendarWords.SEASONS,
            CalendarWords.WEEKDAYS, CalendarWords.MONTHS);

    /** Whether a relative time expression starts at i ("yesterday", "last year", "this week", "Monday"). */
    private static boolean opensTimePhrase(String[] words, int i) {
        return TIME_WORDS.contains(words[i])
                || CalendarWords.DEICTICS.contains(words[i]) && i + 1 < words.length && TIME_UNITS.contains(words[i + 1]);
    }

    /** End (exclusive) of the noun phrase starting at {@code start}, with connectors and coordination. */
    private static int phraseEnd(List<Token> tokens, String[] words, Hit[] cover, int start) {
        int n = tokens.size();
        int i = start;
        boolean hasActor = false;
        boolean hasAgent = false;
        while (i < n) {
            if (i > start && cover[i] == null && opensTimePhrase(words, i)) {
                break;                                 // "Goma last year", "the rebels yesterday": a time, no name
            }
            boolean newNounPhrase = i > start && cover[i] == null && tokens.get(i).tag().equals("DET")
                    && isNominal(tokens.get(i - 1), cover[i - 1]);
            boolean participleModifier = i > start && cover[i] == null && tokens.get(i).tag().equals("VERB")
                    && (words[i].endsWith("ING") || words[i].endsWith("ED")) && words[i - 1].equals("'S")
                    && i + 1 < n && (cover[i + 1] instanceof AgentHit || tokens.get(i + 1).tag().equals("NOUN"));
            // "Ithilen's sheep": the word after a possessive belongs to the phrase whatever the tagger called it
            boolean afterPossessive = i > start && words[i - 1].equals("'S") && isWord(words[i]);
            if ((inPhrase(tokens.get(i), words[i], cover[i]) || participleModifier || afterPossessive)
                    && !newNounPhrase) {
                // participleModifier: "the country's acting defence minister", "the army's retired chief"
                hasActor |= cover[i] instanceof ActorHit;
                hasAgent |= cover[i] instanceof AgentHit;
                i++;
                continue;
            }
            if (words[i].equals("(") && i + 2 < n && words[i + 2].equals(")") && i > start
                    && (cover[i + 1] != null || tokens.get(i + 1).tag().equals("PROPN"))) {
                // "the International Security Assistance Force (ISAF) commander": an acronym in parentheses
                hasActor |= cover[i + 1] instanceof ActorHit;
                i += 3;
                continue;
            }
            int next = skipModifiers(tokens, words, cover, i + 1);
            boolean actorNext = next < n && cover[next] instanceof ActorHit;
            if (COORDINATORS.contains(words[i]) && !words[i].equals(",") && i > start
                    && tokens.get(i - 1).tag().equals("ADJ") && cover[i - 1] == null
                    && i + 1 < n && tokens.get(i + 1).tag().equals("ADJ")) {
                i++;                                   // "awful and evil minister": adjectives, one phrase
                continue;
            }
            int memberEnd = memberHeadEnd(tokens, cover, next);
            if (COORDINATORS.contains(words[i]) && hasActor && memberEnd > 0 && memberEnd < n
                    && CONNECTORS.contains(words[memberEnd])) {
                int actorAfter = skipDeterminers(tokens, words, memberEnd + 1);
                if (actorAfter < n && cover[actorAfter] instanceof ActorHit) {
                    // "Ithilen and the government of Gondor", "Ithilen's sheep and goats of Gondor"
                    i = actorAfter;
                    continue;
                }
            }
            int nextAgent = next;
            while (nextAgent < n && cover[nextAgent] == null && tokens.get(nextAgent).tag().equals("ADJ")) {
                nextAgent++;
            }
            if (COORDINATORS.contains(words[i]) && !words[i].equals(",") && hasActor && hasAgent
                    && nextAgent < n && cover[nextAgent] instanceof AgentHit) {
                // "the Kenyan military and civilian leadership": agents coordinated under one actor
                i = nextAgent;
                continue;
            }
            if (COORDINATORS.contains(words[i]) && !words[i].equals(",") && hasAgent && !hasActor
                    && next < n && cover[next] instanceof AgentHit && cover[i - 1] instanceof AgentHit) {
                // "lawmakers and officials (in Fornost)", "clerics and lawmakers"
                i = next;
                continue;
            }
            if (COORDINATORS.contains(words[i]) && !words[i].equals(",") && hasActor && i > start
                    && words[i - 1] != null && tokens.get(i - 1).tag().equals("NOUN") && cover[i - 1] == null
                    && possessiveBefore(words, start, i) && i + 1 < n && tokens.get(i + 1).tag().equals("NOUN")
                    && cover[i + 1] == null) {
                i++;                            // "Eriador's death and injury toll": nouns inside one phrase
                continue;
            }
            if (COORDINATORS.contains(words[i]) && hasActor && actorNext && !opensClause(words, cover, next)
                    && !(words[i].equals(",") && speaksNext(words, cover, next))) {
                // "Arnor, Osgiliath and Gondor": also accept ", and"
                i = next;
                continue;
            }
            if (words[i].equals(",") && hasActor && next < n && COORDINATORS.contains(words[next])) {
                int after = skipModifiers(tokens, words, cover, next + 1);
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

    /**
     * "… serve as part of RSM and the US is increasing …": an actor after "and" followed by a singular finite verb
     * is the subject of a new clause, not a member of a coordinated list (a list takes "are", "have").
     */
    private static boolean opensClause(String[] words, Hit[] cover, int actorStart) {
        int k = hitEnd(cover, actorStart);
        return k < words.length && SINGULAR_FINITE.contains(words[k]);
    }

    /** The position after the run of tokens the hit at {@code start} covers (start + 1 for an uncovered token). */
    private static int hitEnd(Hit[] cover, int start) {
        int k = start + 1;
        while (k < cover.length && cover[start] != null && cover[k] == cover[start]) {
            k++;
        }
        return k;
    }

    /** Speech verbs that, right after an actor set off by a comma, make it the speaker of a new clause. */
    private static final Set<String> SPEECH_VERBS = Set.of("SAID", "SAYS", "TOLD", "ADDED", "ANNOUNCED", "REPORTED",
            "CLAIMED", "STATED", "DECLARED", "INSISTED", "WARNED", "CONFIRMED", "DENIED", "ALLEGED", "SAY");

    /**
     * "Kenya attacked Somalia, Uganda said": an actor after a comma whose phrase (its possessive and agents, "Uganda's
     * foreign ministry") is followed by a speech verb is the speaker of a new clause, not the next member of a list.
     */
    private static boolean speaksNext(String[] words, Hit[] cover, int actorStart) {
        int k = hitEnd(cover, actorStart);
        for (int extra = 0; extra < 4 && k < words.length && (cover[k] instanceof AgentHit || words[k].equals("'S"));
             extra++) {
            k = hitEnd(cover, k);
        }
        return k < words.length && SPEECH_VERBS.contains(words[k]);
    }

    /**
     * The end of a list member's head word at {@code i} when it can take an actor through a connector: an agent
     * phrase ("the government" of Gondor) or a plain noun ("goats" of Gondor); -1 otherwise.
     */
    private static int memberHeadEnd(List<Token> tokens, Hit[] cover, int i) {
        if (i >= tokens.size()) {
            return -1;
        }
        if (cover[i] instanceof AgentHit g) {
            return g.end();
        }
        return cover[i] == null && tokens.get(i).tag().equals("NOUN") ? i + 1 : -1;
    }

    private static int skipDeterminers(List<Token> tokens, String[] words, int i) {
        while (i < tokens.size() && (tokens.get(i).tag().equals("DET") || words[i].equals("THE"))) {
            i++;
        }
        return i;
    }

    private static boolean coordinatedAgents(String[] words, Hit[] cover, List<AgentHit> agentHits) {
        for (int k = 1; k < agentHits.size(); k++) {
            int gap = agentHits.get(k).start() - agentHits.get(k - 1).end();
            if (gap == 1 && cover[agentHits.get(k - 1).end()] == null
                    && COORDINATORS.contains(words[agentHits.get(k - 1).end()])) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasActorAfter(Hit[] cover, int from, int end) {
        for (int k = from; k < end; k++) {
            if (cover[k] instanceof ActorHit) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessiveBefore(String[] words, int start, int i) {
        for (int k = start; k < i; k++) {
            if (words[k].equals("'S")) {
                return true;
            }
        }
        return false;
    }

    /** Skips determiners and adjectives: "and the evil awful Gondor". */
    private static int skipModifiers(List<Token> tokens, String[] words, Hit[] cover, int i) {
        int j = i;
        while (j < tokens.size() && j < i + 4 && cover[j] == null && (tokens.get(j).tag().equals("DET")
                || words[j].equals("THE") || tokens.get(j).tag().equals("ADJ") || tokens.get(j).tag().equals("NOUN"))) {
            j++;
        }
        if (j < tokens.size() && cover[j] instanceof ActorHit) {
            return j;                       // "and the evil awful Gondor" (the tagger may call "evil" a noun)
        }
        while (i < tokens.size() && cover[i] == null && (tokens.get(i).tag().equals("DET") || words[i].equals("THE")
                || tokens.get(i).tag().equals("ADJ"))) {
            i++;
        }
        return i;
    }

    /** The mentions of one noun phrase {@code [start, end)}. */
    private List<Mention> compose(List<Token> tokens, String[] words, Hit[] cover, int start, int end,
                                  Focus focus) {
        List<ActorHit> actorHits = new ArrayList<>();
        List<AgentHit> agentHits = new ArrayList<>();
        boolean coordinatedActors = false;
        boolean coordinatedAgents = false;
        int connector = -1;
        for (int i = start; i < end; i++) {
            if (cover[i] instanceof ActorHit a && (actorHits.isEmpty() || actorHits.get(actorHits.size() - 1) != a)) {
                actorHits.add(a);
            } else if (cover[i] instanceof AgentHit g && (agentHits.isEmpty() || agentHits.get(agentHits.size() - 1) != g)) {
                agentHits.add(g);
            } else if (cover[i] == null && COORDINATORS.contains(words[i])) {
                int next = skipModifiers(tokens, words, cover, i + 1);
                if (next < end && cover[next] instanceof ActorHit) {
                    coordinatedActors = true;
                } else if (next < end && memberHeadEnd(tokens, cover, next) > 0
                        && memberHeadEnd(tokens, cover, next) < end
                        && CONNECTORS.contains(words[memberHeadEnd(tokens, cover, next)])
                        && hasActorAfter(cover, memberHeadEnd(tokens, cover, next), end)) {
                    coordinatedActors = true;   // "Ithilen and the government of Gondor"
                } else if (next < end && cover[next] instanceof AgentHit) {
                    coordinatedAgents = true;
                }
            } else if (cover[i] == null && CONNECTORS.contains(words[i]) && connector < 0) {
                connector = i;
            }
        }
        int phraseStart = start;
        while (phraseStart < end - 1 && tokens.get(phraseStart).tag().equals("DET") && cover[phraseStart] == null) {
            phraseStart++;
        }
        Span phrase = new Span(tokens.get(phraseStart).start(), tokens.get(end - 1).end());
        List<Mention> out = new ArrayList<>();
        if (actorHits.isEmpty()) {
            if (coordinatedAgents(words, cover, agentHits)) {
                return coordinatedAgentsOnly(tokens, words, cover, start, end, agentHits, phrase);
            }
            agentOnly(tokens, words, cover, start, phraseStart, end, agentHits, phrase, focus).ifPresent(out::add);
            return out;
        }
        // "the spokesman for the Ugandan army": the actor's own agents outrank the role word before "for"
        if (connector >= 0) {
            int c = connector;
            List<AgentHit> own = agentHits.stream().filter(g -> g.start() > c).toList();
            if (!own.isEmpty()) {
                agentHits = own;
            }
        }
        if (coordinatedActors) {
            return coordinated(tokens, words, cover, start, end, actorHits, agentHits, phrase, focus);
        }
        ActorHit head = actorHits.get(0);
        Actor actor = head.actor();
        if (actorHits.size() > 1 && PREFIX_ORGANISATIONS.contains(actor.code())) {
            Actor second = actorHits.get(1).actor();
            actor = new Actor(actor.code() + second.code(), actor.name() + " " + second.name(),
                    Actor.Resolution.COMPOSED, actor.evidence() + " + " + second.evidence());
        }
        if (coordinatedAgents && agentHits.size() > 1) {
            // "Danish Islamist media and government": Islamist is shared, media and government are the list
            int firstCoordinator = end;
            for (int i = start; i < end; i++) {
                if (cover[i] == null && COORDINATORS.contains(words[i])) {
                    firstCoordinator = i;
                    break;
                }
            }
            int fc = firstCoordinator;
            List<AgentHit> before = agentHits.stream().filter(g -> g.end() <= fc).toList();
            List<AgentHit> shared = before.isEmpty() ? List.of() : before.subList(0, before.size() - 1);
            List<AgentHit> listed = agentHits.stream().filter(g -> !shared.contains(g)).toList();
            for (AgentHit g : listed) {
                List<AgentHit> agents = new ArrayList<>(shared);
                agents.add(g);
                Span span = new Span(tokens.get(Math.min(head.start(), g.start())).start(), tokens.get(g.end() - 1).end());
                out.add(new Mention(span, withAgents(actor, agents), phrase));
            }
            return out;
        }
        Actor composed = withAgents(actor, agentHits);
        Optional<Actor> person = learnTitledName(tokens, words, head.start(), head.end(), agentHits, end, composed,
                focus);
        if (person.isEmpty() && agentHits.isEmpty()) {
            person = officeHolder(tokens, words, head, end, focus);
        }
        if (person.isPresent()) {
            focus.saw(actor);               // "the alliance" later is NATO, not the secretary general
        }
        out.add(new Mention(phrase, person.orElse(composed), phrase));
        return out;
    }

    /**
     * A list of actors: "the ambassadors of Arnor, Osgiliath and Gondor" (the leading agent applies to each),
     * "Ithilen and the government of Gondor" (an agent inside one member applies to it alone), "lawmakers and
     * officials in Fornost and Gondor" (each leading agent with each actor).
     */
    private static List<Mention> coordinated(List<Token> tokens, String[] words, Hit[] cover, int start, int end,
                                             List<ActorHit> actorHits, List<AgentHit> agentHits, Span phrase,
                                             Focus focus) {
        List<Integer> bounds = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (cover[i] == null && COORDINATORS.contains(words[i])) {
                bounds.add(i);
            }
        }
        int firstActor = actorHits.get(0).start();
        List<List<AgentHit>> leading = new ArrayList<>();
        List<AgentHit> group = new ArrayList<>();
        int lastEnd = -1;
        for (AgentHit g : agentHits) {
            if (g.start() >= firstActor) {
                break;
            }
            if (!group.isEmpty() && hasBoundBetween(bounds, lastEnd, g.start())) {
                leading.add(group);
                group = new ArrayList<>();
            }
            group.add(g);
            lastEnd = g.end();
        }
        if (!group.isEmpty()) {
            leading.add(group);
        }
        if (leading.isEmpty()) {
            leading.add(List.of());
        }
        List<Mention> out = new ArrayList<>();
        ActorHit previous = null;
        for (ActorHit a : actorHits) {
            if (previous != null && !hasBoundBetween(bounds, previous.end(), a.start())) {
                continue;                   // "the evil Arnor awful Gondor": one member names one actor, the first
            }
            previous = a;
            int segStart = start;
            int segEnd = end;
            for (int b : bounds) {
                if (b < a.start()) {
                    segStart = b + 1;
                } else if (b >= a.end()) {
                    segEnd = Math.min(segEnd, b);
                }
            }
            int s0 = segStart;
            int s1 = segEnd;
            List<AgentHit> own = agentHits.stream()
                    .filter(g -> g.start() >= Math.max(s0, firstActor) && g.end() <= s1).toList();
            Span span = new Span(tokens.get(a.start()).start(), tokens.get(a.end() - 1).end());
            Optional<Actor> holder = own.isEmpty() ? officeHolder(tokens, words, a, s1, focus) : Optional.empty();
            if (holder.isPresent()) {
                out.add(new Mention(new Span(span.start(), tokens.get(s1 - 1).end()), holder.get(), phrase));
                continue;
            }
            if (!own.isEmpty()) {
                out.add(new Mention(span, withAgents(a.actor(), own), phrase));
                continue;
            }
            for (List<AgentHit> agents : leading) {
                out.add(new Mention(span, withAgents(a.actor(), agents), phrase));
            }
        }
        return out;
    }

    /** "FRO/BIL/SAM": a dictionary code naming several actors gives one mention each, coordinated. */
    private static List<Mention> splitMultipleCodes(List<Mention> mentions) {
        if (mentions.stream().noneMatch(m -> m.actor().code().contains("/"))) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            for (String code : m.actor().code().split("/")) {
                if (!code.isBlank()) {
                    Actor a = m.actor();
                    out.add(new Mention(m.span(), new Actor(code.trim(), a.name(), a.resolution(), a.evidence()),
                            m.phrase()));
                }
            }
        }
        return out;
    }

    private static boolean hasBoundBetween(List<Integer> bounds, int from, int to) {
        for (int b : bounds) {
            if (b >= from && b < to) {
                return true;
            }
        }
        return false;
    }

    /**
     * A phrase with agent words and no actor. The agent must be the head ("police", "the security forces"), not a
     * modifier ("rebel strongholds" is no actor). A title followed by a name ("Foreign Minister Jane Roe") takes
     * the country the document spoke of last, and teaches the name; "the alliance" / "the country" resolve to the
     * organisation or country named last.
     */
    private Optional<Mention> agentOnly(List<Token> tokens, String[] words, Hit[] cover, int start, int phraseStart,
                                        int end, List<AgentHit> agentHits, Span phrase, Focus focus) {
        int head = end - 1;
        if (start < phraseStart && words[start].equals("THE")) {
            // "the secretary-general": the holder of a title named earlier
            Actor holder = focus.titleHolders.get(String.join(" ", java.util.Arrays.stream(words, phraseStart, end)
                    .filter(w -> !w.equals("-")).toList()));
            if (holder != null) {
                return Optional.of(new Mention(phrase, new Actor(holder.code(), holder.name(), holder.role(),
                        Actor.Resolution.COREFERENCE, "'" + text(tokens, phraseStart, end) + "' is " + holder.name()
                        + ", named before with this title"), phrase));
            }
        }
        if (agentHits.isEmpty()) {
            return describedActor(tokens, words, start, end, phrase, focus);
        }
        AgentHit last = agentHits.get(agentHits.size() - 1);
        int nameStart = last.end();
        int nameEnd = nameStart;
        while (nameEnd < end && tokens.get(nameEnd).tag().equals("PROPN") && isCapitalised(tokens.get(nameEnd))) {
            nameEnd++;
        }
        boolean titledName = nameEnd - nameStart >= 2 && nameEnd == end && isCapitalised(tokens.get(last.start()));
        if (titledName && focus.lastCountry.isPresent()) {
            Actor country = focus.lastCountry.get();
            String role = roleText(tokens, words, phraseStart, nameStart);
            String code = agentCodes(agentHits, country.code());
            Actor person = new Actor(code, text(tokens, nameStart, nameEnd), role, Actor.Resolution.TITLE,
                    "title '" + role + "' in a passage about " + country.name());
            focus.learnName(words, nameStart, nameEnd, person);
            return Optional.of(new Mention(phrase, person, phrase));
        }
        if (!(cover[head] instanceof AgentHit)) {
            if (cover[head] == null && isAcronym(tokens.get(head).text())) {
                // "the official news agency WFNA", "the rebel group FARC": a named organisation of that sector
                return Optional.of(new Mention(phrase, new Actor(agentCodes(agentHits, ""), text(tokens, phraseStart,
                        end), Actor.Resolution.AGENT_ONLY, agentHits.get(0).entry().origin()), phrase));
            }
            return Optional.empty();
        }
        // "the country's interior minister", "the bloc's secretary general"
        if (phraseStart + 2 < end && words[phraseStart + 1].equals("'S") && start < phraseStart) {
            Optional<Mention> owner = describedActor(tokens, words, start, phraseStart + 1, phrase, focus);
            if (owner.isPresent()) {
                Actor a = owner.get().actor();
                Actor composed = withAgents(a, agentHits);
                return Optional.of(new Mention(phrase, new Actor(composed.code(), a.name(),
                        Actor.Resolution.COREFERENCE, a.evidence()), phrase));
            }
        }
        String code = agentCodes(agentHits, "");
        return Optional.of(new Mention(phrase, new Actor(code, text(tokens, phraseStart, end),
                Actor.Resolution.AGENT_ONLY, agentHits.get(0).entry().origin()), phrase));
    }

    /** "clerics and lawmakers": coordinated agent-only phrases give one mention each. */
    private static List<Mention> coordinatedAgentsOnly(List<Token> tokens, String[] words, Hit[] cover, int start,
                                                       int end, List<AgentHit> agentHits, Span phrase) {
        List<Mention> out = new ArrayList<>();
        for (AgentHit g : agentHits) {
            Span span = new Span(tokens.get(g.start()).start(), tokens.get(g.end() - 1).end());
            out.add(new Mention(span, new Actor(g.entry().code().isEmpty() ? "---" : agentCodes(List.of(g), ""),
                    text(tokens, g.start(), g.end()), Actor.Resolution.AGENT_ONLY, g.entry().origin()), phrase));
        }
        return out;
    }

    /** "the alliance" → the organisation named last; "the country" → the country named last. */
    private static Optional<Mention> describedActor(List<Token> tokens, String[] words, int start, int end, Span phrase,
                                                    Focus focus) {
        if (end - start != 2 || !words[start].equals("THE")) {
            return Optional.empty();
        }
        Optional<Actor> antecedent = ORGANISATION_NOUNS.contains(words[start + 1]) ? focus.lastOrganisation
                : COUNTRY_NOUNS.contains(words[start + 1]) ? focus.lastCountry : Optional.empty();
        return antecedent.map(a -> new Mention(phrase, new Actor(a.code(), a.name(), Actor.Resolution.COREFERENCE,
                "'" + text(tokens, start, end) + "' refers to " + a.name() + ", named before"), phrase));
    }

    /**
     * "UN Secretary General Ban Ki-moon": the capitalised name at the end of a phrase that opens with an
     * organisation or country and a title names a person who holds the composed role in this document; remember the
     * surname (and the title, for a later "the secretary-general").
     */
    private static Optional<Actor> learnTitledName(List<Token> tokens, String[] words, int headStart, int headEnd,
                                                   List<AgentHit> agentHits, int end, Actor composed, Focus focus) {
        int nameEnd = end;
        int nameStart = nameEnd;
        while (nameStart > headEnd && tokens.get(nameStart - 1).tag().equals("PROPN")
                && isCapitalised(tokens.get(nameStart - 1))) {
            nameStart--;
        }
        for (AgentHit g : agentHits) {
            if (g.start() <= nameStart && nameStart < g.end()) {
                nameStart = g.end();            // "Prime Minister Jens Stoltenberg": "Minister" is the title's
            }
        }
        int titleWords = 0;
        for (int i = headEnd; i < end; i++) {
            if (isCapitalised(tokens.get(i)) && !words[i].equals("'S")) {
                titleWords++;
            }
        }
        // need a title of at least one word between the organisation and a name of at least two words
        if (nameEnd - nameStart < 2 || titleWords - (nameEnd - nameStart) < 1) {
            if (nameEnd - nameStart >= 3 && titleWords == nameEnd - nameStart) {
                nameStart += 1;       // "UN Secretary General Ban Ki-moon" tagged all PROPN: keep the last two
                while (nameEnd - nameStart > 2) {
                    nameStart++;
                }
            } else {
                return Optional.empty();
            }
        }
        if (nameStart <= headEnd) {
            return Optional.empty();
        }
        String role = roleText(tokens, words, headEnd, nameStart);
        Actor person = new Actor(composed.code(), text(tokens, nameStart, nameEnd), role, Actor.Resolution.TITLE,
                "title: '" + text(tokens, headStart, nameEnd) + "'");
        focus.learnName(words, nameStart, nameEnd, person);
        for (AgentHit title : agentHits) {
            if (title.start() >= headEnd) {
                focus.titleHolders.put(titleKey(title.entry()), person);
            }
        }
        focus.titleHolders.put(String.join(" ", java.util.Arrays.copyOfRange(words, headEnd, nameStart)), person);
        return Optional.of(person);
    }

    /** The title words of a role as written, without a leading possessive: "Secretary General", "Foreign Minister". */
    private static String roleText(List<Token> tokens, String[] words, int start, int end) {
        while (start < end && (words[start].equals("'S") || words[start].equals("'")
                || tokens.get(start).tag().equals("DET"))) {
            start++;
        }
        return start < end ? text(tokens, start, end) : "";
    }

    /**
     * "US Secretary of State Rex Tillerson", "US Defence Secretary James Mattis": a dictionary phrase that names an
     * office (an actor code with a sector, two words or more) followed by a capitalised name of two words or more up
     * to {@code end} names the person who holds it in this document. The role is the office without its first word
     * when the office has three words or more ("Secretary of State").
     */
    private static Optional<Actor> officeHolder(List<Token> tokens, String[] words, ActorHit office, int end,
                                                Focus focus) {
        Actor a = office.actor();
        if (office.end() - office.start() < 2 || a.code().length() < 6 || !a.role().isEmpty()) {
            return Optional.empty();
        }
        int nameStart = office.end();
        int nameEnd = nameStart;
        while (nameEnd < end && tokens.get(nameEnd).tag().equals("PROPN") && isCapitalised(tokens.get(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd - nameStart < 2 || nameEnd != end) {
            return Optional.empty();
        }
        int roleStart = office.end() - office.start() >= 3 ? office.start() + 1 : office.start();
        String role = text(tokens, roleStart, office.end());
        Actor person = new Actor(a.code(), text(tokens, nameStart, nameEnd), role, Actor.Resolution.TITLE,
                "title: '" + text(tokens, office.start(), nameEnd) + "' (office " + a.evidence() + ")");
        focus.learnName(words, nameStart, nameEnd, person);
        return Optional.of(person);
    }

    /** True for a token of letters only ("SHEEP"), no punctuation or digits. */
    private static boolean isWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (!Character.isLetter(word.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String word) {
        int capitals = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (Character.isLetter(c)) {
                return false;
            }
        }
        return capitals >= 2 && word.length() <= 8;
    }

    private static String titleKey(AgentEntry e) {
        String w = String.join(" ", e.words());
        return w.endsWith("S") ? w.substring(0, w.length() - 1) : w;
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

    /**
     * Prefix agents + base + suffix agents, skipping an agent the base already holds ("USAGOV" + GOV stays USAGOV).
     *
     * @param base an actor code, or "" for a phrase of agent words only
     */
    private static String agentCodes(List<AgentHit> agentHits, String base) {
        Set<String> prefix = new LinkedHashSet<>();
        Set<String> suffix = new LinkedHashSet<>();
        for (AgentHit g : agentHits) {
            (g.entry().prefix() ? prefix : suffix).add(g.entry().code());
        }
        StringBuilder sb = new StringBuilder();
        for (String p : prefix) {
            if (!base.startsWith(p)) {
                sb.append(p);
            }
        }
        sb.append(base);
        for (String s : suffix) {
            if (!endsWithCode(sb, s) && !holdsCode(base, s)) {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /**
     * True when {@code code} holds {@code agent} as one of its 3-letter parts: "GMWGOV" holds GOV but not WGO,
     * which only straddles its parts.
     */
    private static boolean holdsCode(String code, String agent) {
        for (int k = code.indexOf(agent); k >= 0; k = code.indexOf(agent, k + 1)) {
            if (k % 3 == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithCode(CharSequence code, String agent) {
        return code.length() >= agent.length()
                && code.subSequence(code.length() - agent.length(), code.length()).toString().equals(agent);
    }

    private static boolean isNominal(Token t, Hit cover) {
        return cover != null || t.tag().equals("NOUN") || t.tag().equals("PROPN") || t.tag().equals("NUM");
    }

    private static boolean noneCovered(Hit[] cover, int start, int end) {
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

    /**
     * What the document has named so far, for resolving descriptions and titles: names learned from titles, the
     * last country (kept for two sentences, then forgotten: "the country" points near) and the last organisation
     * (kept for the whole article: news names its alliance once and says "the alliance" after).
     */
    static final class Focus {
        final Map<String, Actor> learned = new HashMap<>();
        final Map<String, Actor> titleHolders = new HashMap<>();
        Optional<Actor> lastCountry = Optional.empty();
        Optional<Actor> lastOrganisation = Optional.empty();
        private int countryAge;

        /**
         * Remembers a person named with a role: a later capitalised surname (the name's last word) alone refers to
         * the person.
         */
        void learnName(String[] words, int nameStart, int nameEnd, Actor person) {
            learned.put(words[nameEnd - 1], person);
        }

        void saw(Actor a) {
            if (a.resolution() == Actor.Resolution.AGENT_ONLY || a.code().length() < 3) {
                return;
            }
            String root = a.code().substring(0, 3);
            if (NON_STATE_ROOTS.contains(root)) {
                // an organisation proper (IGOWSTNAT), not its officials or its forces (IGOWSTNATMIL)
                if ((root.equals("IGO") || root.equals("NGO")) && a.role().isEmpty() && a.code().length() <= 9) {
                    lastOrganisation = Optional.of(a);
                }
            } else {
                lastCountry = Optional.of(new Actor(root, a.name(), a.resolution(), a.evidence()));
                countryAge = 0;
            }
        }

        void endSentence() {
            if (++countryAge > 2) {
                lastCountry = Optional.empty();
            }
        }
    }

    /** A dictionary phrase found over tokens {@code [start, end)} of a sentence. */
    private sealed interface Hit permits ActorHit, AgentHit {
        int start();

        int end();
    }

    private record ActorHit(int start, int end, Actor actor) implements Hit {
    }

    private record AgentHit(int start, int end, AgentEntry entry) implements Hit {
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.POS);
    }

    @Override
    public Layer produces() {
        return Layer.MENTIONS;
    }
}
