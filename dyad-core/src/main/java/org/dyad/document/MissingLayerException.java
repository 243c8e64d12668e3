package org.dyad.document;

/**
 * Thrown when a layer that was never produced is read. It is a programming error (a pipeline built in the wrong
 * order), so it is unchecked; the message names the stage to add.
 */
public final class MissingLayerException extends IllegalStateException {
    private final Layer layer;

    public MissingLayerException(Layer layer) {
        super("layer " + layer + " was never produced; add " + layer.producer() + " to the pipeline before reading it");
        this.layer = layer;
    }

    /** The layer that was asked for. */
    public Layer layer() {
        return layer;
    }
}
