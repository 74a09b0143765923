package id.humasdesk.logic.bundle;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes zip files byte by byte, stored entries only, so tests can make what java.util.zip
 * refuses to write: duplicate names, names that are not UTF-8, sizes that lie.
 */
final class RawZip {
    /** One entry: raw name bytes, data, and the size its header claims (-1: the true size). */
    record Entry(byte[] name, byte[] data, long claimedSize) {
        static Entry of(String name, byte[] data) {
            return new Entry(name.getBytes(java.nio.charset.StandardCharsets.UTF_8), data, -1);
        }
    }

    private RawZip() {
    }

    static byte[] write(List<Entry> entries) {
        Builder b = new Builder();
        List<Integer> offsets = new java.util.ArrayList<>();
        for (Entry e : entries) {
            offsets.add(b.local(e));
        }
        for (int i = 0; i < entries.size(); i++) {
            b.central(entries.get(i), offsets.get(i));
        }
        return b.finish(new byte[0]);
    }

    /**
     * Lays out a zip piece by piece, so the local entries and the central directory can tell two
     * different stories (as a two-faced zip does).
     */
    static final class Builder {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream central = new ByteArrayOutputStream();
        int count;

        /** Writes a local header and the data; returns its offset. */
        int local(Entry e) {
            CRC32 crc = new CRC32();
            crc.update(e.data());
            long size = e.claimedSize() >= 0 ? e.claimedSize() : e.data().length;
            int offset = out.size();
            ByteBuffer h = le(30 + e.name().length);
            h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0x2821).putInt((int) crc.getValue())
                    .putInt((int) size).putInt((int) size).putShort((short) e.name().length).putShort((short) 0)
                    .put(e.name());
            out.writeBytes(h.array());
            out.writeBytes(e.data());
            return offset;
        }

        Builder raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        /** Lists an entry in the central directory, pointing at {@code offset}. */
        Builder central(Entry e, int offset) {
            CRC32 crc = new CRC32();
            crc.update(e.data());
            long size = e.claimedSize() >= 0 ? e.claimedSize() : e.data().length;
            ByteBuffer c = le(46 + e.name().length);
            c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0x2821).putInt((int) crc.getValue())
                    .putInt((int) size).putInt((int) size).putShort((short) e.name().length).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset)
                    .put(e.name());
            central.writeBytes(c.array());
            count++;
            return this;
        }

        byte[] finish(byte[] comment) {
            int cdOffset = out.size();
            out.writeBytes(central.toByteArray());
            ByteBuffer end = le(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
                    .putShort((short) count).putInt(central.size()).putInt(cdOffset).putShort((short) comment.length);
            out.writeBytes(end.array());
            out.writeBytes(comment);
            return out.toByteArray();
        }
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
