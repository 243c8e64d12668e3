package org.dyad.bench;

/**
 * How long the pipeline took on one of the slowest articles of a timed pass, with the article's size.
 *
 * @param id         the article's id
 * @param origin     where it was read: "file.jsonl.gz:17"
 * @param nanos      wall-clock time of {@code Pipeline.attempt} on it in the timed pass
 * @param fastestNanos the fastest of that run and a few more after the pass: the article's own cost, without the
 *                   time slices and GC pauses that happened to fall on it
 * @param characters length of its text
 * @param sentences  sentences found (0 when it failed)
 * @param tokens     tokens found (0 when it failed)
 */
public record ArticleTime(String id, String origin, long nanos, long fastestNanos, int characters, int sentences,
                          int tokens) {
}
