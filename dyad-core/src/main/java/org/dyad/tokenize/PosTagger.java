package org.dyad.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;

/**
 * Tags tokens with Universal Dependencies parts of speech (VERB, AUX, NOUN, PROPN, ADP…) using the OpenNLP
 * UD English EWT model, one sentence at a time, decoded greedily by {@link GreedyTagger} (the same tags as
 * OpenNLP's {@code POSTaggerME} on the AFP/APW corpus, in about a third of the time; a model that is not maxent
 * is run by {@code POSTaggerME} itself). Requires {@link Layer#TOKENS}; produces {@link Layer#POS}: the same
 * tokens, same spans, with their tag set.
 *
 * <p>Thread-safe: the tagger (which is not) is kept per thread; the model is shared.
 */
public final class PosTagger implements Stage {
    private final ThreadLocal<java.util.function.UnaryOperator<String[]>> tagger;

    public PosTagger(POSModel model) {
        this.tagger = ThreadLocal.withInitial(() -> {
            if (model.getArtifact("pos.model") instanceof opennlp.tools.ml.maxent.GISModel) {
                return new GreedyTagger(model)::tag;
            }
            return new POSTaggerME(model)::tag;
        });
    }

    @Override
    public Document apply(Document doc) {
        List<Token> out = new ArrayList<>(doc.tokens().size());
        for (Sentence s : doc.sentences()) {
            out.addAll(tag(doc.tokensIn(s)));
        }
        return doc.withTaggedTokens(out);
    }

    /** The given tokens of one sentence, tagged. */
    List<Token> tag(List<Token> sentence) {
        String[] words = new String[sentence.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.get(i).text();
        }
        String[] tags = tagger.get().apply(words);
        List<Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(sentence.get(i).withTag(tags[i]));
        }
        return out;
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
