package org.summitoutcomes.cli;

import java.io.IOException;

/** A batch that cannot start or go on, with the exit code the README documents for it and a one-line reason. */
final class BatchException extends IOException {
    private final int exitCode;

    BatchException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** One of {@link ExitCodes}. */
    int exitCode() { return exitCode; }
}
