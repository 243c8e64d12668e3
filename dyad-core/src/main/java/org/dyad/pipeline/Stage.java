package org.dyad.pipeline;

import java.util.Set;
import org.dyad.document.Document;
import org.dyad.document.Layer;

/**
 * One step of the pipeline: reads some layers of a document and returns a new document with one more layer.
 * Implementations hold their dictionaries or models from the constructor and no other state, so one instance is
 * shared by all threads.
 */
public interface Stage {
    /** Adds this stage's layer; never edits existing ones. Throws only for programming errors. */
    Document apply(Document doc);

    /** Layers that must exist before {@link #apply}. */
    Set<Layer> requires();

    /** The layer this stage adds. */
    Layer produces();
}
