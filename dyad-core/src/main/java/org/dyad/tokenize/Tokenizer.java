package org.dyad.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;

/**
 * Splits each sentence into tokens with the OpenNLP tokenizer. Requires {@link Layer#SENTENCES}; produces
 * {@link Layer#TOKENS}: untagged tokens in text order that never overlap and never cross a sentence boundary.
 *
 * <p>Thread-safe: the tokenizer (which is not) is kept per thread; the model is shared.
 */
public final class Tokenizer implements Stage {
    private final ThreadLocal<TokenizerME> tokenizer;

    public Tokenizer(TokenizerModel model) {
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(model));
    }

    @Override
    public Document apply(Document doc) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            find(doc.text(), s.span(), out);
        }
        return doc.withTokens(out);
    }

    /** Adds the tokens of {@code text[range]} to {@code out}, with offsets into {@code text}. */
    void find(String text, Span range, List<Token> out) {
        String sentence = text.substring(range.start(), range.end());
        for (opennlp.tools.util.Span t : tokenizer.get().tokenizePos(sentence)) {
            int tokenStart = range.start() + t.getStart();
            int tokenEnd = range.start() + t.getEnd();
            // control and format characters (U+0001, a right-to-left override…) are never part of a word
            int segment = tokenStart;
            for (int i = tokenStart; i <= tokenEnd; i++) {
                if (i == tokenEnd || invisible(text.charAt(i))) {
                    if (i > segment) {
                        addToken(text, segment, i, out);
                    }
                    segment = i + 1;
                }
            }
        }
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    /** Adds the token text[start, end), split at a possessive or "n't" clitic and at underscores. */
    private static void addToken(String text, int start, int end, List<Token> out) {
        int clitic = possessiveClitic(text, start, end);
        if (clitic < 0) {
            clitic = negationClitic(text, start, end);
        }
        if (clitic > start) {
            out.add(new Token(new Span(start, clitic), text.substring(start, clitic), ""));
            start = clitic;
        }
        // "Dol_Amroth": an underscore joins words in dictionaries and test files, never inside a word of prose
        int underscore = text.indexOf('_', start);
        while (underscore > start && underscore < end - 1) {
            out.add(new Token(new Span(start, underscore), text.substring(start, underscore), ""));
            start = underscore + 1;
            underscore = text.indexOf('_', start);
        }
        out.add(new Token(new Span(start, end), text.substring(start, end), ""));
    }

    /**
     * The offset where a possessive clitic ('s, ’s, or a bare ' after s) starts inside the token, or -1. The
     * OpenNLP UD model keeps "NATO's" as one token; the coder needs "NATO" and "'s" apart, as Penn and UD
     * treebanks write them.
     */
    static int possessiveClitic(String text, int start, int end) {
        int n = end - start;
        if (n >= 3) {
            char q = text.charAt(end - 2);
            char s = text.charAt(end - 1);
            if ((q == '\'' || q == '\u2019') && (s == 's' || s == 'S') && Character.isLetterOrDigit(text.charAt(end - 3))) {
                return end - 2;
            }
        }
        if (n >= 3 && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '\u2019')
                && (text.charAt(end - 2) == 's' || text.charAt(end - 2) == 'S')) {
            return end - 1;
        }
        return -1;
    }

    /**
     * The offset where "n't" starts inside a token such as "didn't" or "won't" (giving "did n't", "wo n't" as the
     * treebanks and the PETRARCH dictionaries write them), or -1.
     */
    static int negationClitic(String text, int start, int end) {
        if (end - start < 4) {
            return -1;
        }
        char n = Character.toLowerCase(text.charAt(end - 3));
        char q = text.charAt(end - 2);
        char t = Character.toLowerCase(text.charAt(end - 1));
        return n == 'n' && (q == '\'' || q == '\u2019') && t == 't' ? end - 3 : -1;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Layer produces() {
        return Layer.TOKENS;
    }
}
