package org.dyad.tokenize;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tags a sentence with an OpenNLP maxent part-of-speech model, left to right, taking at each token the best tag the
 * model's sequence validator allows: what {@code POSTaggerME} does with a beam of one, without its probabilities.
 * The features come from the model's own context generator, the weights from the model, the allowed tags from its
 * tag dictionary; only the arithmetic is cut short: a maxent model's probability of a tag is
 * {@code exp(score) / Σ exp(score')}, a monotone function of the summed feature weights, so the tag with the highest
 * sum is the tag with the highest probability and no exponential needs computing (the exponentials were half of
 * the tagger's time, issue 10). {@code TokenizeStagesTest} checks the tags against {@code POSTaggerME}'s.
 *
 * <p>Summed weights also add up part by part. With the feature generators OpenNLP's default POS configuration
 * uses (the UD English models' {@code generator.featuregen}: definition, prefixes, suffixes, token class, tokens and
 * sentence begin in a window of two, the two previous tags), every feature of a position depends on one of: the
 * word there; one neighbour word and its offset (the window's {@code p2w= p1w= n1w= n2w=} and the word in lower
 * case, OpenNLP's {@code StringUtil.toLowerCase}); the position's distance from the sentence's ends ({@code …S=});
 * the two previous tags ({@code t= t2=}). So the tagger keeps per word the sum of its own features' weights (from
 * the context generator's features for that word alone), per position and per tag history the sum of theirs, looks
 * each neighbour's one feature up directly, and scores a token with a few additions instead of building and
 * looking up some twenty feature strings (the strings were 80 % of the tagging time, issue 10). The split is
 * checked when the tagger is built: on probe sentences the part sums must equal the full context's sums. A model
 * whose descriptor names any other generator, or that fails the check, is scored from the full context every time.
 *
 * <p>Not thread-safe (the context generator and the part sums are per instance): one instance per thread. Memory:
 * the word table holds at most two generations of {@value #GENERATION} words with one {@code double} per tag
 * (17 UD tags: at most about 4 MB a tagger; the frequent words stay, see {@link PartTable}).
 */
final class GreedyTagger {
    /** The entries one generation of a part table holds; a table keeps two (see {@link PartTable}). */
    static final int GENERATION = 16_384;
    /** The feature generators whose features fall into the parts above (OpenNLP 2.x class names). */
    private static final Set<String> DECOMPOSABLE_GENERATORS = Set.of(
            "opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory");
    /** Neighbour-word feature prefixes of the window generator, by offset -2, -1, +1, +2. */
    private static final String[] NEIGHBOUR_PREFIXES = {"p2w=", "p1w=", "n1w=", "n2w="};
    private static final int[] NEIGHBOUR_OFFSETS = {-2, -1, 1, 2};
    /** Sentence-boundary features are windowed: past this distance from either end a position has none. */
    private static final int EDGE = 8;

    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final Map<String, Context> weights;
    private final String[] tags;
    private final double[] scores;
    private final double[] zero;
    /** The model has no tag dictionary: its validator accepts every tag (OpenNLP's DefaultPOSSequenceValidator). */
    private final boolean anyTagValid;

    private boolean decomposable;
    private final PartTable known = new PartTable();
    private final double[][] positionParts = new double[(EDGE + 1) * (EDGE + 1)][];
    private final double[][] historyParts;

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
        Object[] data = maxent.getDataStructures();
        this.weights = (Map<String, Context>) data[1];
        this.tags = (String[]) data[2];
        this.scores = new double[tags.length];
        this.zero = new double[tags.length];
        this.contexts = model.getFactory().getPOSContextGenerator(0);
        this.validator = model.getFactory().getSequenceValidator();
        this.anyTagValid = validator instanceof DefaultPOSSequenceValidator && model.getFactory().getTagDictionary() == null;
        boolean decomposable = decomposableDescriptor(model.getArtifact("generator.featuregen"));
        this.historyParts = new double[(tags.length + 1) * (tags.length + 1)][];
        this.decomposable = decomposable && partsAddUp();
    }

    /** One tag for each word, in order; an empty array for no words. */
    String[] tag(String[] words) {
        String[] out = new String[words.length];
        int[] chosen = new int[words.length];
        WordParts[] parts = decomposable ? wordParts(words) : null;
        for (int i = 0; i < words.length; i++) {
            if (parts != null) {
                scoreByParts(i, words, parts, out, chosen);
            } else {
                scoreFromContext(contexts.getContext(i, words, Arrays.copyOf(out, i), null));
            }
            chosen[i] = anyTagValid ? argmax() : best(i, words, Arrays.copyOf(out, i));
            out[i] = tags[chosen[i]];
        }
        return out;
    }

    /** Whether tokens are scored part by part (true for OpenNLP's UD English model), or from full contexts. */
    boolean scoresByParts() {
        return decomposable;
    }

    /** Sums every feature weight of the full context into {@link #scores}. */
    private void scoreFromContext(String[] context) {
        Arrays.fill(scores, 0);
        for (String feature : context) {
            add(scores, feature);
        }
    }

    /** The parts of each word, learning those not yet known; null when one cannot be learned. */
    private WordParts[] wordParts(String[] words) {
        WordParts[] parts = new WordParts[words.length];
        for (int i = 0; i < words.length; i++) {
            parts[i] = known.get(words[i]);
            if (parts[i] == null) {
                parts[i] = learnWord(words[i]);
                if (parts[i] == null) {
                    return null;
                }
            }
        }
        return parts;
    }

    /**
     * Sums the parts of position i into {@link #scores}, learning a missing position or history part from the
     * context generator.
     */
    private void scoreByParts(int i, String[] words, WordParts[] parts, String[] out, int[] chosen) {
        int positionKey = positionKey(i, words.length);
        int historyKey = historyKey(chosen, i);
        if (positionParts[positionKey] == null || historyParts[historyKey] == null) {
            learnPositionAndHistory(i, words, Arrays.copyOf(out, i), positionKey, historyKey);
        }
        System.arraycopy(parts[i].own(), 0, scores, 0, scores.length);
        addPart(positionParts[positionKey]);
        addPart(historyParts[historyKey]);
        for (int k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
            int j = i + NEIGHBOUR_OFFSETS[k];
            if (j >= 0 && j < words.length) {
                add(scores, parts[j].asNeighbour()[k]);
            }
        }
    }

    /**
     * A word's parts: the summed weights of its own features, from its context as a one-word sentence, and its
     * feature weights as each neighbour; null (and no more splitting) when the context holds a feature of no known
     * kind.
     */
    private WordParts learnWord(String word) {
        double[] own = new double[tags.length];
        for (String feature : contexts.getContext(0, new String[] {word}, new String[0], null)) {
            switch (kind(feature)) {
                case WORD -> add(own, feature);
                case POSITION -> { }
                default -> {
                    decomposable = false;
                    return null;
                }
            }
        }
        String lower = StringUtil.toLowerCase(word);
        Context[] asNeighbour = new Context[NEIGHBOUR_PREFIXES.length];
        for (int k = 0; k < asNeighbour.length; k++) {
            asNeighbour[k] = weights.get(NEIGHBOUR_PREFIXES[k] + lower);
        }
        WordParts parts = new WordParts(shared(own), asNeighbour);
        known.put(word, parts);
        return parts;
    }

    /** Stores the summed weights of the position and tag-history features of position i's full context. */
    private void learnPositionAndHistory(int i, String[] words, String[] before, int positionKey, int historyKey) {
        double[] position = new double[tags.length];
        double[] history = new double[tags.length];
        for (String feature : contexts.getContext(i, words, before, null)) {
            switch (kind(feature)) {
                case POSITION -> add(position, feature);
                case HISTORY -> add(history, feature);
                default -> { }
            }
        }
        positionParts[positionKey] = shared(position);
        historyParts[historyKey] = shared(history);
    }

    private enum Kind { WORD, NEIGHBOUR, POSITION, HISTORY }

    private static Kind kind(String feature) {
        for (String prefix : NEIGHBOUR_PREFIXES) {
            if (feature.startsWith(prefix)) {
                return Kind.NEIGHBOUR;
            }
        }
        if (feature.startsWith("t=") || feature.startsWith("t2=")) {
            return Kind.HISTORY;
        }
        return feature.contains("S=") ? Kind.POSITION : Kind.WORD;
    }

    private void addPart(double[] part) {
        if (part != zero) {
            for (int k = 0; k < scores.length; k++) {
                scores[k] += part[k];
            }
        }
    }

    /**
     * Whether the part sums give the full context's sums, to a rounding error, on a few sentences of different
     * shapes (the check that the model's features split as this tagger assumes).
     */
    private boolean partsAddUp() {
        String[][] probes = {
            {"The", "U.N.", "envoy", "met", "rebel", "leaders", "in", "Goma", "on", "Tuesday", ",", "officials", "said",
                "."},
            {"Will", "İstanbul", "host", "talks", "?"},
            {"Ceasefire"},
            {"\"Yes", "\"", "--", "3,000", "troops", "'ll", "LEAVE", "."}};
        for (String[] words : probes) {
            WordParts[] parts = wordParts(words);
            if (parts == null) {
                return false;
            }
            String[] out = new String[words.length];
            int[] chosen = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                scoreByParts(i, words, parts, out, chosen);
                double[] byParts = scores.clone();
                scoreFromContext(contexts.getContext(i, words, Arrays.copyOf(out, i), null));
                for (int k = 0; k < scores.length; k++) {
                    if (Math.abs(byParts[k] - scores[k]) > 1e-9 * (1 + Math.abs(scores[k]))) {
                        return false;
                    }
                }
                chosen[i] = argmax();
                out[i] = tags[chosen[i]];
            }
        }
        return true;
    }

    private double[] shared(double[] sum) {
        return Arrays.equals(sum, zero) ? zero : sum;
    }

    private static int positionKey(int i, int length) {
        return Math.min(i, EDGE) * (EDGE + 1) + Math.min(length - 1 - i, EDGE);
    }

    /** The two tags chosen before position n as one index (0 stands for no tag, 1 + k for tag k). */
    private int historyKey(int[] chosen, int n) {
        int width = tags.length + 1;
        int previous = n >= 1 ? chosen[n - 1] + 1 : 0;
        int beforePrevious = n >= 2 ? chosen[n - 2] + 1 : 0;
        return previous * width + beforePrevious;
    }

    private void add(double[] into, String feature) {
        add(into, weights.get(feature));
    }

    private static void add(double[] into, Context w) {
        if (w != null) {
            int[] outcomes = w.getOutcomes();
            double[] parameters = w.getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                into[outcomes[k]] += parameters[k];
            }
        }
    }

    /** The index of the highest-scoring tag the validator accepts at position i (the highest-scoring one when none is). */
    private int best(int i, String[] words, String[] before) {
        boolean[] refused = null;
        for (int tries = 0; tries < scores.length; tries++) {
            int top = -1;
            for (int k = 0; k < scores.length; k++) {
                if ((refused == null || !refused[k]) && (top < 0 || scores[k] > scores[top])) {
                    top = k;
                }
            }
            if (validator.validSequence(i, words, before, tags[top])) {
                return top;
            }
            if (refused == null) {
                refused = new boolean[scores.length];
            }
            refused[top] = true;
        }
        return argmax();
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

    /**
     * Whether the model's feature generator descriptor (OpenNLP's {@code generator.featuregen} XML) uses only the
     * generators whose features split into the parts this tagger sums; false for a missing or unreadable one.
     */
    static boolean decomposableDescriptor(Object descriptor) {
        if (!(descriptor instanceof byte[] xml)) {
            return false;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(new DefaultHandler()); // the errors are thrown, not also printed
            NodeList generators = parser.parse(new ByteArrayInputStream(xml)).getElementsByTagName("generator");
            Set<String> seen = new HashSet<>();
            for (int k = 0; k < generators.getLength(); k++) {
                seen.add(((Element) generators.item(k)).getAttribute("class"));
            }
            return !seen.isEmpty() && DECOMPOSABLE_GENERATORS.containsAll(seen);
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * What a word adds to a position's scores.
     *
     * @param own         summed weights of the word's own features (prefixes, suffixes, class, the word), by tag
     * @param asNeighbour the weights of its feature as the neighbour at offset -2, -1, +1, +2 (null: none)
     */
    private record WordParts(double[] own, Context[] asNeighbour) {
    }

    /**
     * Word → its parts, in two generations: a word is looked up in the young one, then the old one (and moved
     * back to the young one when found there); when the young one is full it becomes the old one and the previous
     * old one is dropped. Words seen again within a generation's span stay, so the frequent words of a long run
     * stay without the table growing with its vocabulary.
     */
    private static final class PartTable {
        private Map<String, WordParts> young = new HashMap<>();
        private Map<String, WordParts> old = new HashMap<>();

        WordParts get(String word) {
            WordParts sum = young.get(word);
            if (sum == null) {
                sum = old.get(word);
                if (sum != null) {
                    put(word, sum);
                }
            }
            return sum;
        }

        void put(String word, WordParts sum) {
            if (young.size() >= GENERATION) {
                old = young;
                young = new HashMap<>();
            }
            young.put(word, sum);
        }
    }
}
