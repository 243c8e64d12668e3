package org.dyad.tokenize;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maxent (GIS) model that answers {@code eval} with each outcome's summed feature weights instead of its
 * probability. A maxent probability is {@code exp(sum) / Σ exp(sum')}, a monotone function of the sum, so
 * {@link #getBestOutcome} names the same outcome either way; what is saved is one exponential per outcome per
 * decision, which was half of {@code TokenizerME}'s time (issue 10). For OpenNLP tools that only ever take the best
 * outcome (the tokenizer's split-or-not at each character); the numbers it returns are not probabilities.
 *
 * <p>Immutable and thread-safe; the weights are the wrapped model's own, shared.
 */
final class SummedWeightsModel extends AbstractModel {

    private SummedWeightsModel(Context[] parameters, String[] predicates, String[] outcomes) {
        super(parameters, predicates, outcomes);
        this.modelType = ModelType.Maxent;
    }

    /**
     * The same weights and outcomes as {@code model}.
     *
     * @throws IllegalArgumentException when {@code model} is not an OpenNLP GIS maxent model
     */
    @SuppressWarnings("unchecked")
    static SummedWeightsModel of(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            throw new IllegalArgumentException("not a maxent (GIS) model: " + model);
        }
        Object[] data = gis.getDataStructures();
        Map<String, Context> byPredicate = (Map<String, Context>) data[1];
        String[] predicates = byPredicate.keySet().toArray(new String[0]);
        Context[] parameters = new Context[predicates.length];
        for (int k = 0; k < predicates.length; k++) {
            parameters[k] = byPredicate.get(predicates[k]);
        }
        return new SummedWeightsModel(parameters, predicates, (String[]) data[2]);
    }

    /** Each outcome's summed weight over the given features (unknown features add nothing), by outcome index. */
    @Override
    public double[] eval(String[] context) {
        return eval(context, (float[]) null);
    }

    /** As {@link #eval(String[])}, into a fresh array; {@code ignored} is not read. */
    @Override
    public double[] eval(String[] context, double[] ignored) {
        return eval(context, (float[]) null);
    }

    /** As {@link #eval(String[])}, each feature's weights times its value ({@code null}: all 1). */
    @Override
    public double[] eval(String[] context, float[] values) {
        double[] sums = new double[outcomeNames.length];
        for (int i = 0; i < context.length; i++) {
            Context weights = pmap.get(context[i]);
            if (weights != null) {
                double value = values == null ? 1 : values[i];
                int[] outcomes = weights.getOutcomes();
                double[] parameters = weights.getParameters();
                for (int k = 0; k < outcomes.length; k++) {
                    sums[outcomes[k]] += parameters[k] * value;
                }
            }
        }
        return sums;
    }
}
