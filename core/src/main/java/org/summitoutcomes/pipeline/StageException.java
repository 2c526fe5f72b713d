package org.summitoutcomes.pipeline;

/** A failure inside one stage, naming the stage so batch error reports can say where a document failed. */
public final class StageException extends RuntimeException {
    private final String stage;

    public StageException(String stage, Throwable cause) {
        super(stage + ": " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
        this.stage = stage;
    }

    public String stage() { return stage; }
}
