package id.humasdesk.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackgroundDigestTest {
    @Test
    void hashesEveryByteInOrderAndPassesThemThroughUnchanged() throws Exception {
        byte[] data = new byte[3_000_000];
        new Random(20261206).nextBytes(data);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        byte[] hash;
        try (BackgroundDigest digest = new BackgroundDigest(MessageDigest.getInstance("SHA-256"))) {
            OutputStream out = digest.over(copy);
            Random sizes = new Random(7);
            int at = 0;
            while (at < data.length) {
                // single bytes, zip-header-sized writes and large blocks, many more chunks than may wait
                int n = Math.min(data.length - at, switch (sizes.nextInt(3)) {
                    case 0 -> 1;
                    case 1 -> 1 + sizes.nextInt(40);
                    default -> 1 + sizes.nextInt(70_000);
                });
                if (n == 1) {
                    out.write(data[at]);
                } else {
                    out.write(data, at, n);
                }
                at += n;
            }
            out.flush();
            hash = digest.finish();
        }
        assertThat(copy.toByteArray()).isEqualTo(data);
        assertThat(hash).isEqualTo(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
