package id.humasdesk.store;

import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Child process of {@link LocalRecoveryKillTest}: a typist whose editor keeps its recovery record
 * on this PC, one more paragraph per version, printing "kept N" after each write returned.
 */
public final class RecoveryFileLoop {
    static final UUID USER = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    static final UUID RECORD = UUID.fromString("00000000-0000-0000-0000-0000000000bb");

    private RecoveryFileLoop() {
    }

    /** The text of version {@code n}: n paragraphs, the last one naming n. */
    static ReleaseContent version(int n) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            paragraphs.add("Paragraf " + i + " tentang pengawasan tahapan kampanye di Kabupaten Kaur.");
        }
        return new ReleaseContent("Versi " + n, "", "Kaur", null, "", paragraphs, List.of(), List.of(), "", "", "", "",
                List.of());
    }

    public static void main(String[] args) {
        FileRecoveryStore store = new FileRecoveryStore(FileRecoveryStore.folderOf(Path.of(args[0])));
        int from = Integer.parseInt(args[1]);
        for (int n = from; n < from + 100_000; n++) {
            store.put(new Recovery(RECORD, USER, null, ReleaseType.SIARAN_PERS, version(n), Instant.EPOCH.plusSeconds(n)),
                    false);
            System.out.println("kept " + n);
            System.out.flush();
        }
    }
}
