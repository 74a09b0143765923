package id.humasdesk.crash;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * A child of the crash harness: the real command line ({@code id.humasdesk.app.Main}) with the
 * bundle use cases' log lines echoed to standard output as {@code MARK ...}, so the harness knows
 * when the write phase begins and can kill inside it. Nothing else differs from the shipped app.
 */
public final class MarkedMain {
    /** Kept strongly reachable: a logger without references may be collected with its handler. */
    private static final Logger BUNDLE = Logger.getLogger("id.humasdesk.logic.bundle");

    private MarkedMain() {
    }

    public static void main(String[] args) {
        BUNDLE.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.INFO.intValue()) {
                    String msg = r.getMessage();
                    System.out.println("MARK " + (msg == null ? "" : msg.replace('\n', ' ')));
                    System.out.flush();
                }
            }

            @Override
            public void flush() {
                System.out.flush();
            }

            @Override
            public void close() {
            }
        });
        id.humasdesk.app.Main.main(args);
    }
}
