package org.summitoutcomes.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Worker threads that give every item a time budget. An item still running when its budget ends gets its
 * fallback result at once, its thread is interrupted, and the pool grows by one thread for as long as the
 * abandoned one keeps running, so one stalled document never holds up the batch or shrinks its parallelism.
 */
final class TimedPool {
    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final long budgetNanos;

    TimedPool(int threads, Duration budget) {
        this.budgetNanos = budget.toNanos();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> daemon(r, "extract-worker"));
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "extract-timer"));
        t.setRemoveOnCancelPolicy(true);
        this.timer = t;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Runs a task on the pool without a budget (reading a file). */
    <T> Future<T> submit(Callable<T> task) { return pool.submit(task); }

    /**
     * Queues {@code work} for each item, each under the budget; returns at once. A result is {@code work}'s,
     * or {@code fallback}'s when the budget ran out; an {@link Error} thrown by {@code work} completes the
     * future exceptionally.
     */
    <I, O> List<CompletableFuture<O>> each(List<I> items, Function<I, O> work, Function<I, O> fallback) {
        List<CompletableFuture<O>> out = new ArrayList<>();
        for (I item : items) {
            CompletableFuture<O> f = new CompletableFuture<>();
            pool.execute(() -> run(item, f, work, fallback));
            out.add(f);
        }
        return out;
    }

    private <I, O> void run(I item, CompletableFuture<O> f, Function<I, O> work, Function<I, O> fallback) {
        Thread me = Thread.currentThread();
        Object lock = new Object();
        boolean[] state = new boolean[2]; // [0] work finished, [1] abandoned
        ScheduledFuture<?> alarm = timer.schedule(() -> {
            synchronized (lock) {
                if (state[0] || !f.complete(fallback.apply(item))) return;
                state[1] = true;
                resize(+1);
                me.interrupt();
            }
        }, budgetNanos, TimeUnit.NANOSECONDS);
        try {
            f.complete(work.apply(item));
        } catch (Throwable t) {
            f.completeExceptionally(t);
        } finally {
            alarm.cancel(false);
            synchronized (lock) {
                state[0] = true;
                if (state[1]) resize(-1);
            }
            Thread.interrupted(); // clear an interrupt meant for the abandoned item
        }
    }

    private synchronized void resize(int delta) {
        if (delta > 0) {
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + delta);
            pool.setCorePoolSize(pool.getCorePoolSize() + delta);
        } else {
            pool.setCorePoolSize(pool.getCorePoolSize() + delta);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + delta);
        }
    }

    void shutdownNow() {
        pool.shutdownNow();
        timer.shutdownNow();
    }
}
