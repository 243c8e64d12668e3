package org.dyad.dictionary;

/**
 * Generates the regular English forms that the PETRARCH formats say a reader must create: noun plurals for agents
 * and synsets, and verb forms for the verb dictionary and the issue list. Input and output are upper-case words.
 *
 * <p>The PETRARCH format document states the plural rule as "add S; IES if the root ends in Y; ES if it ends in
 * SS". Dyad applies that rule with two refinements so the generated word is the real English plural: Y becomes
 * IES only after a consonant (ENVOY gives ENVOYS, not ENVOIES), and ES is also added after SH, CH, X and Z
 * (CHURCH gives CHURCHES). Consonant doubling (STOP, STOPPED) is not attempted: it depends on stress, which the
 * dictionaries do not record, so such verbs list their forms in braces.
 */
public final class Inflector {
    private Inflector() {
    }

    /** Regular plural: ARMY to ARMIES, CONGRESS to CONGRESSES, BOY to BOYS, SOLDIER to SOLDIERS. */
    public static String plural(String word) {
        if (endsWithConsonantY(word)) {
            return word.substring(0, word.length() - 1) + "IES";
        }
        if (word.endsWith("SS") || word.endsWith("SH") || word.endsWith("CH") || word.endsWith("X")
                || word.endsWith("Z")) {
            return word + "ES";
        }
        return word + "S";
    }

    /** Third person singular: SAY to SAYS, CARRY to CARRIES, PUSH to PUSHES, GO to GOES. */
    public static String thirdPerson(String verb) {
        if (endsWithConsonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "IES";
        }
        if (verb.endsWith("S") || verb.endsWith("SH") || verb.endsWith("CH") || verb.endsWith("X")
                || verb.endsWith("Z") || verb.endsWith("O") && verb.length() > 1 && !isVowel(at(verb, 2))) {
            return verb + "ES";
        }
        return verb + "S";
    }

    /** Regular past tense and participle: ACCEPT to ACCEPTED, AGREE to AGREED, CARRY to CARRIED. */
    public static String past(String verb) {
        if (verb.endsWith("E")) {
            return verb + "D";
        }
        if (endsWithConsonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "IED";
        }
        return verb + "ED";
    }

    /** Present participle: SAY to SAYING, ARRANGE to ARRANGING, AGREE to AGREEING, DIE to DYING. */
    public static String presentParticiple(String verb) {
        if (verb.endsWith("IE") && verb.length() > 2) {
            return verb.substring(0, verb.length() - 2) + "YING";
        }
        if (verb.endsWith("E") && verb.length() > 2 && !verb.endsWith("EE") && !verb.endsWith("YE")
                && !verb.endsWith("OE")) {
            return verb.substring(0, verb.length() - 1) + "ING";
        }
        return verb + "ING";
    }

    private static boolean endsWithConsonantY(String word) {
        return word.length() > 1 && word.endsWith("Y") && !isVowel(at(word, 2));
    }

    /** The character {@code back} places from the end (1 = last). */
    private static char at(String word, int back) {
        return word.charAt(word.length() - back);
    }

    private static boolean isVowel(char c) {
        return "AEIOU".indexOf(c) >= 0;
    }
}
