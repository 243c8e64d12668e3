/**
 * Evaluation of the event coder against gold data read from files: the PETRARCH validation suites
 * ({@link org.dyad.eval.PetrarchRecordReader}, {@link org.dyad.eval.PetrarchEvaluator}) and the hand-made seed
 * gold ({@link org.dyad.eval.SeedGold}, {@link org.dyad.eval.SeedScorer}), run by {@code dyad eval}
 * ({@link org.dyad.eval.EvalCommand}).
 *
 * <p>It lives in the command-line module because it reads files; the coder under test comes in through the
 * small interfaces {@link org.dyad.eval.SentenceCoder} and {@code Function<Path, List<ProducedEvent>>}, supplied
 * by {@link org.dyad.eval.EvalCoders}. Evaluation data stays in the shared directory and is never copied here.
 */
package org.dyad.eval;
