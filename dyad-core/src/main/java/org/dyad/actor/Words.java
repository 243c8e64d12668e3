package org.dyad.actor;

import java.util.List;
import java.util.Locale;
import org.dyad.document.Token;

/** How token text is compared with dictionary phrases: upper case, curly apostrophes made straight. */
public final class Words {
    private Words() {
    }

    /** The dictionary form of one token: "NATO", "'S", "PAK-". */
    public static String key(String tokenText) {
        return tokenText.replace('\u2019', '\'').toUpperCase(Locale.ROOT);
    }

    /** Dictionary forms of a run of tokens. */
    public static String[] keys(List<Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = key(tokens.get(i).text());
        }
        return out;
    }
}
