package org.summitoutcomes.nlp;

import java.util.function.Supplier;

/** A thread-safe value computed once, on first use (models, lexicons, tables loaded lazily). */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> supplier;
    private volatile T value;

    /** @param supplier computes the value; called at most once, unless it throws (then again on the next use) */
    public Lazy(Supplier<T> supplier) { this.supplier = supplier; }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) value = v = supplier.get();
            }
        }
        return v;
    }
}
