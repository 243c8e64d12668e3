package org.dyad.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists {@link NameFinder} types names with: actor dictionary phrases typed by the file and record they
 * come from, given names, person role words, organisation and place head words. Immutable once built; keys are
 * {@link Words#key} forms joined by one blank ("BANK OF ENGLAND").
 */
final class NameLexicon {
    /** Organisation head words: the last word of a name, or the word before its "of" ("Ministry of Defence"). */
    static final Set<String> ORGANISATION_HEADS = Set.of("AGENCY", "MINISTRY", "DEPARTMENT", "OFFICE", "PARTY",
            "COUNCIL", "UNIVERSITY", "COLLEGE", "SCHOOL", "INSTITUTE", "ACADEMY", "BANK", "ARMY", "NAVY", "FORCE",
            "FORCES", "CORPS", "GUARD", "POLICE", "COMMITTEE", "COMMISSION", "COURT", "TRIBUNAL", "PARLIAMENT",
            "ASSEMBLY", "CONGRESS", "SENATE", "CABINET", "GOVERNMENT", "ADMINISTRATION", "AUTHORITY", "BUREAU",
            "SERVICE", "SERVICES", "INC", "INC.", "CORP", "CORP.", "CORPORATION", "COMPANY", "CO.", "LTD", "LTD.",
            "LLC", "PLC", "GROUP", "HOLDINGS", "INDUSTRIES", "AIRLINES", "AIRWAYS", "MOTORS", "NEWS", "TIMES", "WEEKLY", "DAILY",
            "POST", "HERALD", "JOURNAL", "TRIBUNE", "GAZETTE", "PRESS", "TELEGRAPH", "MAGAZINE", "TELEVISION",
            "RADIO", "BROADCASTING", "NETWORK", "CHURCH", "FOUNDATION", "ASSOCIATION", "SOCIETY", "UNION",
            "FEDERATION", "LEAGUE", "ALLIANCE", "FRONT", "MOVEMENT", "BRIGADE", "BRIGADES", "BATTALION",
            "REGIMENT", "LEGION", "ORGANIZATION", "ORGANISATION", "COALITION", "CLUB", "TEAM", "FC", "COOPERATIVE",
            "CONSORTIUM", "BOARD", "SECRETARIAT", "DIRECTORATE", "INSPECTORATE", "FUND", "PROGRAMME", "PROGRAM",
            "MISSION", "CONFERENCE", "COMMAND", "LABORATORY", "LABORATORIES", "LABS", "TECHNOLOGIES",
            "SYSTEMS", "PHARMACEUTICALS", "ENERGY", "PETROLEUM", "TELECOM", "PARTNERS", "ASSOCIATES");
    /** Place head words: "Kennedy Space Center", "Museum of Flight", "Lake Victoria", "Hong Kong Island". */
    static final Set<String> PLACE_HEADS = Set.of("CENTER", "CENTRE", "MUSEUM", "HALL", "AIRPORT", "STADIUM",
            "PARK", "STREET", "ROAD", "AVENUE", "SQUARE", "BRIDGE", "RIVER", "LAKE", "MOUNT", "MOUNTAIN",
            "MOUNTAINS", "ISLAND", "ISLANDS", "VALLEY", "PROVINCE", "COUNTY", "DISTRICT", "REGION", "CITY",
            "VILLAGE", "TOWN", "PENINSULA", "COAST", "BAY", "SEA", "OCEAN", "DESERT", "HOSPITAL", "PALACE",
            "CATHEDRAL", "MOSQUE", "TEMPLE", "PRISON", "CAMP", "BASE", "BORDER", "CROSSING", "HARBOUR", "HARBOR",
            "PORT", "STATION", "TOWER", "GARDENS", "BOULEVARD", "PLAZA", "STRAIT", "CANAL", "HILLS", "HEIGHTS");
    /** Honorifics kept inside a person's name span. */
    static final Set<String> HONORIFICS = Set.of("MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "PROF",
            "PROF.", "SIR", "DAME", "LORD", "LADY", "MADAME", "MONSIEUR", "MME", "MME.", "HERR", "FRAU");
    /**
     * Role words that make the name after them a person ("President Obama", "spokesman John Smith"), beside the
     * person nouns of the agent dictionary.
     */
    static final Set<String> ROLES = Set.of("PRESIDENT", "VICE", "MINISTER", "PRIME", "PREMIER", "CHANCELLOR",
            "SECRETARY", "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "LEADER", "CHIEF", "CHAIRMAN", "CHAIRWOMAN",
            "CHAIR", "DIRECTOR", "GOVERNOR", "GOV.", "MAYOR", "SENATOR", "SEN.", "REPRESENTATIVE", "REP.",
            "CONGRESSMAN", "CONGRESSWOMAN", "AMBASSADOR", "ENVOY", "GENERAL", "GEN.", "COLONEL", "COL.", "MAJOR",
            "MAJ.", "CAPTAIN", "CAPT.", "LIEUTENANT", "LT.", "SERGEANT", "SGT.", "ADMIRAL", "ADM.", "COMMANDER",
            "KING", "QUEEN", "PRINCE", "PRINCESS", "EMIR", "SHEIKH", "SULTAN", "POPE", "CARDINAL", "BISHOP",
            "ARCHBISHOP", "IMAM", "RABBI", "AYATOLLAH", "JUDGE", "JUSTICE", "PROSECUTOR", "ATTORNEY", "LAWYER",
            "PROFESSOR", "DOCTOR", "ADMINISTRATOR", "COMMISSIONER", "OFFICIAL", "OFFICER", "INSPECTOR",
            "DETECTIVE", "COACH", "MANAGER", "STRIKER", "MIDFIELDER", "DEFENDER", "GOALKEEPER", "PLAYER", "ACTOR",
            "ACTRESS", "SINGER", "ARTIST", "AUTHOR", "WRITER", "REPORTER", "CORRESPONDENT", "JOURNALIST", "EDITOR",
            "ANALYST", "RESEARCHER", "SCIENTIST", "CEO", "FOUNDER", "DEPUTY", "MP", "SPEAKER", "ASTRONAUT",
            "STUDENT", "TEACHER", "ACTIVIST", "CAMPAIGNER", "WIDOW", "SON", "DAUGHTER", "WIFE", "HUSBAND",
            "BROTHER", "SISTER", "MOTHER", "FATHER", "UNCLE", "AUNT", "COLLEAGUE", "PREDECESSOR", "SUCCESSOR",
            "CANDIDATE", "NOMINEE", "PM", "DIPLOMAT", "ECONOMIST", "EXECUTIVE", "PRESIDENT-ELECT", "CO-FOUNDER",
            "PASTOR", "PRIEST", "CHAPLAIN", "MUFTI", "CLERIC", "MULLAH", "WARLORD", "COMMANDANT",
            "MARSHAL", "SHERIFF", "CONSTABLE", "SUPERINTENDENT", "CORPORAL", "PRIVATE", "PVT.", "CPL.");
    /** Words that open a compass-named place: "North Carolina", "Southern Indiana". */
    static final Set<String> COMPASS = Set.of("NORTH", "SOUTH", "EAST", "WEST", "NORTHERN", "SOUTHERN",
            "EASTERN", "WESTERN", "CENTRAL", "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST", "UPPER", "LOWER",
            "GREATER");
    /** Prepositions before a place name: "in Kabul", "near Mosul". */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("IN", "AT", "FROM", "NEAR", "ACROSS", "OUTSIDE",
            "INSIDE", "THROUGHOUT", "INTO", "TOWARD", "TOWARDS", "VIA", "AROUND", "OVER");
    /** Capitalised words that are never names alone: days, months and their abbreviations. */
    static final Set<String> NOT_NAMES = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
            "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "JAN.", "FEB.", "MAR.", "APR.", "JUN.", "JUL.",
            "AUG.", "SEP.", "SEPT.", "OCT.", "NOV.", "DEC.", "MON.", "TUE.", "TUES.", "WED.", "THU.", "THURS.",
            "FRI.", "SAT.", "SUN.");
    /** Inner words of a name: "Bank of England", "Bosnia and Herzegovina", "Daughters of the Revolution". */
    static final Set<String> CONNECTORS = Set.of("OF", "FOR", "AND", "&", "THE", "DE", "DU", "DES", "DEL", "LA",
            "DI", "DA", "VON", "VAN", "AL", "EL", "BIN", "BEN", "ON");

    /** A typed dictionary phrase and whether its type is certain (multi-word, or a person or organisation). */
    record Typed(NameType type, boolean certain, String source) {
    }

    private final Map<String, Typed> phrases;
    private final Set<String> givenNames;
    private final Set<String> roles;
    private final Set<String> demonyms;

    private NameLexicon(Map<String, Typed> phrases, Set<String> givenNames, Set<String> roles,
                        Set<String> demonyms) {
        this.phrases = Map.copyOf(phrases);
        this.givenNames = Set.copyOf(givenNames);
        this.roles = Set.copyOf(roles);
        this.demonyms = Set.copyOf(demonyms);
    }

    /**
     * Builds the lexicon from the actor and agent dictionaries and the bundled given-name list.
     *
     * <p>Actor phrases are typed by where they come from (the Phoenix files' organisation): in
     * Phoenix.Countries.actors.txt a record with an undated three-letter code is a country (its synonyms: spelling
     * variants, demonyms, main cities and provinces), a record with dated codes only is a person (CountryInfo's
     * office holders), a phrase with an organisation head word is an organisation, and an undated longer code is a
     * territory (USAASM) unless its suffix is an agent code (AFGMIL: an organisation). In the other files
     * (International, MilNonState, users' own) a phrase is an organisation unless it starts with a given name or
     * its record has dated codes only, which make it a person (UN secretaries general). Demonyms (single-word
     * country synonyms sharing the country name's first two letters and ending -AN, -IAN, -ESE, -ISH, -I, -CH,
     * -IC) are kept apart: they are adjectives, not place names.
     */
    static NameLexicon of(ActorDictionary actors, AgentDictionary agents) {
        Set<String> given = new HashSet<>();
        for (String line : resourceLines("given-names.txt")) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    given.add(w.toUpperCase(Locale.ROOT));
                }
            }
        }
        Set<String> agentCodes = new HashSet<>();
        Set<String> roles = new HashSet<>(ROLES);
        for (AgentEntry a : agents.entries()) {
            agentCodes.add(a.code());
            if (a.words().size() == 1 && personNoun(a.words().get(0))) {
                roles.add(a.words().get(0));
            }
        }
        roles.removeAll(ORGANISATION_HEADS);
        roles.removeAll(PLACE_HEADS);
        Map<String, Typed> phrases = new HashMap<>();
        Set<String> demonyms = new HashSet<>();
        for (ActorEntry e : actors.entries()) {
            String key = String.join(" ", e.words());
            Typed typed = classify(e, given, agentCodes);
            if (typed.type() == NameType.PLACE && isDemonym(e)) {
                demonyms.add(key);
                continue;
            }
            phrases.putIfAbsent(key, typed);
        }
        return new NameLexicon(phrases, given, roles, demonyms);
    }

    private static boolean personNoun(String word) {
        return word.length() > 3 && (word.endsWith("MAN") || word.endsWith("WOMAN") || word.endsWith("PERSON")
                || word.endsWith("IST") || word.endsWith("ER") || word.endsWith("OR"));
    }

    private static Typed classify(ActorEntry e, Set<String> given, Set<String> agentCodes) {
        String origin = e.origin();
        String source = origin.substring(0, Math.max(0, origin.lastIndexOf(':')));
        List<String> words = e.words();
        boolean orgHead = words.stream().anyMatch(ORGANISATION_HEADS::contains);
        boolean datedOnly = e.defaultCode().isEmpty() && !e.dated().isEmpty();
        boolean multi = words.size() > 1;
        if (source.startsWith("Phoenix.Countries")) {
            if (orgHead) {
                return new Typed(NameType.ORGANISATION, true, source);
            }
            if (datedOnly) {
                return new Typed(NameType.PERSON, true, source);
            }
            Optional<String> code = e.defaultCode();
            if (code.isPresent() && code.get().length() > 3
                    && agentCodes.contains(code.get().substring(3, Math.min(6, code.get().length())))) {
                return new Typed(NameType.ORGANISATION, true, source);
            }
            return new Typed(NameType.PLACE, multi, source);
        }
        if (multi && given.contains(words.get(0))) {
            return new Typed(NameType.PERSON, true, source);
        }
        if (datedOnly && multi && !orgHead) {
            return new Typed(NameType.PERSON, true, source);
        }
        return new Typed(NameType.ORGANISATION, true, source);
    }

    private static boolean isDemonym(ActorEntry e) {
        if (e.words().size() != 1) {
            return false;
        }
        String w = e.words().get(0);
        String country = e.name();
        if (w.equals(country) || w.length() < 4 || country.length() < 2 || !w.startsWith(country.substring(0, 2))) {
            return false;
        }
        return w.endsWith("AN") || w.endsWith("ESE") || w.endsWith("ISH") || w.endsWith("I") || w.endsWith("CH")
                || w.endsWith("IC");
    }

    /** The typed dictionary phrase with this key, if any. */
    Optional<Typed> phrase(String key) {
        return Optional.ofNullable(phrases.get(key));
    }

    /** Whether the dictionary holds this phrase, with any type, or as a demonym. */
    boolean knows(String key) {
        return phrases.containsKey(key) || demonyms.contains(key);
    }

    boolean isGivenName(String key) {
        return givenNames.contains(key);
    }

    boolean isRole(String key) {
        return roles.contains(key);
    }

    boolean isDemonym(String key) {
        return demonyms.contains(key);
    }

    /** Keys of the dictionary phrases typed PLACE (country names, their variants, cities and provinces). */
    Set<String> placeKeys() {
        Set<String> out = new HashSet<>();
        phrases.forEach((k, v) -> {
            if (v.type() == NameType.PLACE) {
                out.add(k);
            }
        });
        return out;
    }

    /** Non-comment, non-blank lines of a resource beside this class. */
    static List<String> resourceLines(String name) {
        try (InputStream in = NameLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource org/dyad/actor/" + name
                        + " is missing from the classpath; rebuild dyad-core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> {
                        int hash = l.indexOf('#');
                        return (hash < 0 ? l : l.substring(0, hash)).strip();
                    })
                    .filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
