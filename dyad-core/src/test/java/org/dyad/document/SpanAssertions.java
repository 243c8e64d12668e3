package org.dyad.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Test helper: asserts a layer as "text@start-end" strings, so a failing test shows text and offsets at once. */
public final class SpanAssertions {
    private SpanAssertions() {
    }

    public static void assertSpans(Document doc, List<? extends Spanned> layer, String... expected) {
        assertThat(layer.stream().map(s -> doc.text(s) + "@" + s.start() + "-" + s.end()).toList())
                .containsExactly(expected);
    }
}
