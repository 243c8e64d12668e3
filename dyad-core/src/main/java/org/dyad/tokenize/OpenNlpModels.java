package org.dyad.tokenize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models Dyad uses, loaded once from the model jars on the classpath
 * ({@code org.apache.opennlp:opennlp-models-*-en:1.3.0}, trained on UD English EWT, Apache-2.0).
 * Models are immutable and thread-safe; share one instance between stages and threads.
 *
 * @param sentences sentence detector model
 * @param tokens    tokenizer model
 * @param pos       part-of-speech model (UD tags)
 */
public record OpenNlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /**
     * Loads the three models from the classpath (about 0.2 s).
     *
     * @throws IllegalStateException when a model jar is missing from the classpath
     * @throws UncheckedIOException  when a model cannot be read
     */
    public static OpenNlpModels load() {
        try (InputStream sentences = open(SENTENCE_MODEL); InputStream tokens = open(TOKEN_MODEL);
             InputStream pos = open(POS_MODEL)) {
            return new OpenNlpModels(new SentenceModel(sentences), new TokenizerModel(tokens), new POSModel(pos));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an OpenNLP model: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = OpenNlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; "
                    + "add the org.apache.opennlp:opennlp-models-*-en:1.3.0 dependencies");
        }
        return in;
    }
}
