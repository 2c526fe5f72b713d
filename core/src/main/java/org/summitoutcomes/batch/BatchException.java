package org.summitoutcomes.batch;

import java.io.IOException;

/**
 * A batch that cannot start or go on, with a one-line reason and its {@link Kind}; the CLI maps the kind
 * to the exit code the README documents for it.
 */
public final class BatchException extends IOException {
    /** Why a batch cannot start or go on. */
    public enum Kind {
        /** The request cannot be honoured as given (folder in use, nothing to resume, other inputs): a usage error. */
        USAGE,
        /** The batch failed (the output folder cannot be written, a published file is missing). */
        FAILURE
    }

    private final Kind kind;

    BatchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Why the batch stopped. */
    public Kind kind() { return kind; }
}
