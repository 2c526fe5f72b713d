package org.summitoutcomes.server;

import java.time.Duration;

/**
 * Limits of the warm server.
 *
 * @param maxBodyBytes largest request body accepted, in bytes (413 past it); at least 1
 * @param timeBudget   longest time one extraction may take, queueing included (503 past it); positive
 * @param workers      extractions that run at the same time; at least 1
 * @param queue        extractions that may wait for a worker (429 when the workers are busy and the queue is full); at least 0
 * @throws IllegalArgumentException when a limit is out of range
 */
public record ServerLimits(long maxBodyBytes, Duration timeBudget, int workers, int queue) {
    /** 2 MB: a long article is under 100 KB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    /** 30 s per request: a 5 KB article takes well under a second once the server is warm. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);

    public ServerLimits {
        if (maxBodyBytes < 1) throw new IllegalArgumentException("maximum body size must be at least 1 byte, got " + maxBodyBytes);
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) throw new IllegalArgumentException("time budget must be positive, got " + timeBudget);
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        if (queue < 0) throw new IllegalArgumentException("queue must be at least 0, got " + queue);
    }

    /** The defaults: 2 MB, 30 s, one worker per core, a queue of twice as many. */
    public static ServerLimits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_TIME_BUDGET, cores, 2 * cores);
    }
}
