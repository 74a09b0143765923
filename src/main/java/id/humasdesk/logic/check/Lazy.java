package id.humasdesk.logic.check;

import java.util.function.Supplier;

/**
 * A value loaded once, on first use, by whichever thread asks first; the others wait for it. The
 * checker's dictionary, name lists and suggestion index each take a moment to build, so they are
 * made off the UI thread when first needed rather than at start-up.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> load;
    private volatile T value;

    Lazy(Supplier<T> load) {
        this.load = load;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = load.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /** Whether the value has been loaded (without loading it). */
    boolean isLoaded() {
        return value != null;
    }
}
