package id.humasdesk.store;

import java.nio.file.Path;

/** Opens a store in its own (small-heap) JVM and says "opened" (for {@link FullCheckMemoryTest}). */
public final class FullCheckChild {
    private FullCheckChild() {
    }

    public static void main(String[] args) throws Exception {
        try (DataDirectory d = new DataDirectory(Path.of(args[0])); Database db = Database.open(d)) {
            System.out.println("opened");
        }
    }
}
