package org.summitoutcomes.server;

/** A request the server refuses: the HTTP status and a one-line message for the client. */
final class HttpError extends Exception {
    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() { return status; }
}
