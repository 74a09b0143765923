package id.humasdesk.logic.bundle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the raw (compressed) bytes the zip reader consumed from the file. */
final class BoundedInput extends FilterInputStream {
    private long count;

    BoundedInput(InputStream in) {
        super(in);
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count += Math.max(0, s);
        return s;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
