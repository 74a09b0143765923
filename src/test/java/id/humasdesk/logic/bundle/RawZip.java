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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Entry e : entries) {
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
            ByteBuffer c = le(46 + e.name().length);
            c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0x2821).putInt((int) crc.getValue())
                    .putInt((int) size).putInt((int) size).putShort((short) e.name().length).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset)
                    .put(e.name());
            central.writeBytes(c.array());
        }
        int cdOffset = out.size();
        out.writeBytes(central.toByteArray());
        ByteBuffer end = le(22);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                .putShort((short) entries.size()).putInt(central.size()).putInt(cdOffset).putShort((short) 0);
        out.writeBytes(end.array());
        return out.toByteArray();
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
