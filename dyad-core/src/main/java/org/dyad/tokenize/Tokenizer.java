package org.dyad.tokenize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;
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
 * <p>OpenNLP's {@code TokenizerME} first splits a sentence at whitespace, then decides every split inside each
 * whitespace-delimited chunk from that chunk's characters alone (its context generator sees nothing else). The
 * decisions for a chunk are therefore remembered: news repeats its chunks ("said", "U.S.", "Pakistan's,"), and a
 * remembered chunk costs one hash lookup instead of one maxent evaluation per character. The tokens are exactly
 * those {@code TokenizerME.tokenizePos} gives for the whole sentence ({@code TokenizerTest} checks it).
 *
 * <p>Thread-safe: the tokenizer and its chunk memo (which are not) are kept per thread; the model is shared.
 */
public final class Tokenizer implements Stage {
    /** Chunks remembered per thread before the memo is emptied (about 11 MiB: the 2,452 AFP/APW stories hold 57,656 distinct chunks). */
    static final int MEMO_CAPACITY = 100_000;

    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<Map<String, int[]>> memo = ThreadLocal.withInitial(HashMap::new);

    /**
     * @param model OpenNLP tokenizer model; a maxent (GIS) one is run with its weights summed, not exponentiated
     *              ({@link SummedWeightsModel}): the same splits, {@code TokenizerME}'s own loop
     */
    public Tokenizer(TokenizerModel model) {
        TokenizerModel fast = summed(model);
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(fast));
    }

    private static TokenizerModel summed(TokenizerModel model) {
        if (!(model.getMaxentModel() instanceof opennlp.tools.ml.maxent.GISModel gis)) {
            return model;
        }
        return new TokenizerModel(SummedWeightsModel.of(gis), Map.of(), model.getFactory());
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
        int end = range.end();
        int i = range.start();
        while (i < end) {
            while (i < end && StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            int chunkStart = i;
            while (i < end && !StringUtil.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > chunkStart) {
                int[] cuts = splits(text.substring(chunkStart, i));
                int tokenStart = chunkStart;
                for (int cut : cuts) {
                    addVisible(text, tokenStart, chunkStart + cut, out);
                    tokenStart = chunkStart + cut;
                }
                addVisible(text, tokenStart, i, out);
            }
        }
    }

    /**
     * Offsets (from the chunk's start, ascending, each strictly inside the chunk) where OpenNLP splits a chunk that
     * holds no whitespace; empty when the chunk is one token.
     */
    private int[] splits(String chunk) {
        if (chunk.length() < 2) {
            return NO_SPLITS;
        }
        Map<String, int[]> known = memo.get();
        int[] cuts = known.get(chunk);
        if (cuts == null) {
            opennlp.tools.util.Span[] tokens = tokenizer.get().tokenizePos(chunk);
            cuts = new int[Math.max(0, tokens.length - 1)];
            for (int k = 1; k < tokens.length; k++) {
                cuts[k - 1] = tokens[k].getStart();
            }
            if (known.size() >= MEMO_CAPACITY) {
                known.clear();
            }
            known.put(chunk, cuts.length == 0 ? NO_SPLITS : cuts);
        }
        return cuts;
    }

    private static final int[] NO_SPLITS = new int[0];

    /** Adds text[tokenStart, tokenEnd) as tokens, dropping control and format characters. */
    private static void addVisible(String text, int tokenStart, int tokenEnd, List<Token> out) {
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
        int underscore = underscoreIn(text, start, end);
        while (underscore > start && underscore < end - 1) {
            out.add(new Token(new Span(start, underscore), text.substring(start, underscore), ""));
            start = underscore + 1;
            underscore = underscoreIn(text, start, end);
        }
        out.add(new Token(new Span(start, end), text.substring(start, end), ""));
    }

    /** The first '_' in {@code text[from, to)}, or -1 (never looking past the token: a long text costs no more). */
    private static int underscoreIn(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '_') {
                return i;
            }
        }
        return -1;
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
