package org.dyad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;

/**
 * The throughput baseline's tokenizer and tagger: OpenNLP used the stock way, one {@code TokenizerME.tokenizePos}
 * and one {@code POSTaggerME.tag} call per sentence with the models as shipped (beam 3 for the tagger),
 * none of Dyad's speed-ups (the tokenizer's chunk memo, the greedy tagger). Single-threaded: one instance per thread.
 */
final class StockOpenNlp {
    private StockOpenNlp() {
    }

    /** Produces {@link Layer#TOKENS} with a plain {@code TokenizerME}. */
    static final class Tokens implements Stage {
        private final TokenizerME tokenizer;

        Tokens(TokenizerModel model) {
            this.tokenizer = new TokenizerME(model);
        }

        @Override
        public Document apply(Document doc) {
            List<Token> out = new ArrayList<>();
            for (Sentence s : doc.sentences()) {
                int base = s.span().start();
                String sentence = doc.text().substring(base, s.span().end());
                for (opennlp.tools.util.Span t : tokenizer.tokenizePos(sentence)) {
                    out.add(new Token(new Span(base + t.getStart(), base + t.getEnd()),
                            t.getCoveredText(sentence).toString(), ""));
                }
            }
            return doc.withTokens(out);
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

    /** Produces {@link Layer#POS} with a plain {@code POSTaggerME} (the manifest's beam). */
    static final class Tags implements Stage {
        private final POSTaggerME tagger;

        Tags(POSModel model) {
            this.tagger = new POSTaggerME(model);
        }

        @Override
        public Document apply(Document doc) {
            List<Token> out = new ArrayList<>(doc.tokens().size());
            for (Sentence s : doc.sentences()) {
                List<Token> tokens = doc.tokensIn(s);
                String[] words = new String[tokens.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = tokens.get(i).text();
                }
                String[] tags = tagger.tag(words);
                for (int i = 0; i < words.length; i++) {
                    out.add(tokens.get(i).withTag(tags[i]));
                }
            }
            return doc.withTaggedTokens(out);
        }

        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.SENTENCES, Layer.TOKENS);
        }

        @Override
        public Layer produces() {
            return Layer.POS;
        }
    }
}
