package id.humasdesk.logic.common;

import java.util.function.Supplier;

/** Runs a unit of work in one database transaction: all of it is written, or none. */
public interface Transactor {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** For tests and for stores without transactions. */
    static Transactor direct() {
        return new Transactor() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
