package org.dyad.tokenize;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Tags a sentence with an OpenNLP maxent part-of-speech model, left to right, taking at each token the best tag the
 * model's sequence validator allows: what {@code POSTaggerME} does with a beam of one, without its probabilities.
 * The features come from the model's own context generator, the weights from the model, the allowed tags from its
 * tag dictionary; only the arithmetic is cut short: a maxent model's probability of a tag is
 * {@code exp(score) / Σ exp(score')}, a monotone function of the summed feature weights, so the tag with the highest
 * sum is the tag with the highest probability and no exponential needs computing (the exponentials were half of
 * the tagger's time, issue 10). {@code TokenizeStagesTest} checks the tags against {@code POSTaggerME}'s.
 *
 * <p>Not thread-safe (the context generator keeps a cache): one instance per thread.
 */
final class GreedyTagger {
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final Map<String, Context> weights;
    private final String[] tags;
    private final double[] scores;

    /**
     * @throws IllegalArgumentException when the model's classifier is not an OpenNLP maxent model (GIS), whose
     *                                  weights this tagger reads
     */
    @SuppressWarnings("unchecked")
    GreedyTagger(POSModel model) {
        MaxentModel classifier = model.getArtifact("pos.model");
        if (!(classifier instanceof GISModel maxent)) {
            throw new IllegalArgumentException("not a maxent part-of-speech model: " + classifier);
        }
        Object[] parts = maxent.getDataStructures();
        this.weights = (Map<String, Context>) parts[1];
        this.tags = (String[]) parts[2];
        this.scores = new double[tags.length];
        this.contexts = model.getFactory().getPOSContextGenerator(0);
        this.validator = model.getFactory().getSequenceValidator();
    }

    /** One tag for each word, in order; an empty array for no words. */
    String[] tag(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] before = Arrays.copyOf(out, i);
            Arrays.fill(scores, 0);
            for (String feature : contexts.getContext(i, words, before, null)) {
                Context w = weights.get(feature);
                if (w != null) {
                    int[] outcomes = w.getOutcomes();
                    double[] parameters = w.getParameters();
                    for (int k = 0; k < outcomes.length; k++) {
                        scores[outcomes[k]] += parameters[k];
                    }
                }
            }
            out[i] = best(i, words, before);
        }
        return out;
    }

    /** The highest-scoring tag the validator accepts at position i (the highest-scoring one when none is). */
    private String best(int i, String[] words, String[] before) {
        boolean[] refused = null;
        for (int tries = 0; tries < scores.length; tries++) {
            int top = -1;
            for (int k = 0; k < scores.length; k++) {
                if ((refused == null || !refused[k]) && (top < 0 || scores[k] > scores[top])) {
                    top = k;
                }
            }
            if (validator.validSequence(i, words, before, tags[top])) {
                return tags[top];
            }
            if (refused == null) {
                refused = new boolean[scores.length];
            }
            refused[top] = true;
        }
        return tags[argmax()];
    }

    private int argmax() {
        int top = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[top]) {
                top = k;
            }
        }
        return top;
    }
}
