package id.humasdesk.logic.bundle;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * SHA-256 of a stream computed on a thread of its own, so the thread that copies a bundle into its
 * zip need not stop for the hash (issue 16, note 0301): on a second core the hash of a 100 MB bundle
 * costs the export no wall time. Chunks are hashed in the order they were written; at most
 * {@value #CHUNKS_AHEAD} copied chunks wait at a time, so memory stays bounded when the hashing
 * thread gets no core.
 */
final class BackgroundDigest implements AutoCloseable {
    private static final int CHUNKS_AHEAD = 64;

    private final MessageDigest digest;
    private final Semaphore ahead = new Semaphore(CHUNKS_AHEAD);
    private final ExecutorService hasher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bundle-hash");
        t.setDaemon(true); // never keeps a closing app alive
        return t;
    });

    BackgroundDigest(MessageDigest digest) {
        this.digest = digest;
    }

    /** {@code out} with every byte written through it also fed to this digest. */
    OutputStream over(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                feed(Arrays.copyOfRange(b, off, off + len));
            }
        };
    }

    private void feed(byte[] chunk) throws IOException {
        try {
            ahead.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing the bundle");
        }
        hasher.execute(() -> {
            digest.update(chunk);
            ahead.release();
        });
    }

    /** Waits for every chunk written so far and returns the digest of all of them. */
    byte[] finish() throws IOException {
        hasher.shutdown();
        try {
            if (!hasher.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IOException("hashing the bundle did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing the bundle");
        }
        return digest.digest();
    }

    @Override
    public void close() {
        hasher.shutdownNow();
    }
}
