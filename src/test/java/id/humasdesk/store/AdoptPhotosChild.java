package id.humasdesk.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * A child process for {@link PhotoAdoptionKillTest}: opens the store of a data directory and puts
 * its photo files into the database, as a start does (the same calls {@code Wiring} makes), saying
 * when the move begins so the test can kill it in the middle.
 */
public final class AdoptPhotosChild {
    private AdoptPhotosChild() {
    }

    public static void main(String[] args) throws Exception {
        DataDirectory dir = new DataDirectory(Path.of(args[0]));
        dir.lock();
        try (Database db = Database.open(dir)) {
            DatabaseMediaStore media = new DatabaseMediaStore(db, dir.media(), Clock.systemUTC());
            System.out.println("adopting");
            System.out.flush();
            System.out.println("adopted " + media.adoptLocalFiles());
        }
    }
}
