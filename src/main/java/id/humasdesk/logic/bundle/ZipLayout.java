package id.humasdesk.logic.bundle;

import id.humasdesk.model.UserFacingException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one face a bundle may show. A zip has two tables of its files: the local headers in front
 * of each file's data (what the bundle reader streams and verifies) and the central directory at
 * the end (what unzip, file managers and java.util.zip.ZipFile show). They must tell the same story:
 * the same entries in the same order, with the same names, methods, flags, CRCs and sizes, the
 * entries back to back from the first byte to the central directory, the central directory right
 * before its end record, and nothing after that but a comment without zip signatures in it.
 * Zip64 is refused: a bundle stays far below 4 GiB and 65,535 entries (see decision 0321).
 */
final class ZipLayout {
    private static final int LOC = 0x04034b50;
    private static final int CEN = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int DESCRIPTOR = 0x08074b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    /** One entry as the central directory lists it (and the local header agrees). */
    record Entry(byte[] rawName, int method, int flags, long crc, long compressedSize, long size, long offset) {
        String name() {
            return new String(rawName, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** What the stream reader saw of one entry, to compare with the central directory. */
    record Seen(String name, long crc, long compressedSize, long size) {
    }

    private ZipLayout() {
    }

    /**
     * Checks the file's structure and that the streamed entries are exactly the listed ones.
     * Throws {@code bundle.verify.zipInconsistent}, with the first disagreement in its cause (for the log).
     */
    static List<Entry> check(Path file, List<Seen> streamed, long maxEntries) {
        List<Entry> listed;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            listed = read(ch, maxEntries);
        } catch (EOFException e) {
            throw refuse("a header runs past the end of the file");
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.verify.unreadable", String.valueOf(file.getFileName()));
        }
        if (listed.size() != streamed.size()) {
            throw refuse("the central directory lists " + listed.size() + " entries, the file holds "
                    + streamed.size());
        }
        for (int i = 0; i < listed.size(); i++) {
            Entry c = listed.get(i);
            Seen s = streamed.get(i);
            if (!c.name().equals(s.name()) || c.crc() != s.crc() || c.compressedSize() != s.compressedSize()
                    || c.size() != s.size()) {
                throw refuse("entry " + (i + 1) + " is " + printable(s.name()) + " in the file but "
                        + printable(c.name()) + " in the central directory, or differs in CRC or size");
            }
        }
        return listed;
    }

    private static List<Entry> read(FileChannel ch, long maxEntries) throws IOException {
        long size = ch.size();
        if (size < END_SIZE) {
            throw refuse("no end record");
        }
        int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
        ByteBuffer tail = readAt(ch, size - tailLength, tailLength);
        int endAt = -1;
        for (int i = tailLength - END_SIZE; i >= 0; i--) {
            if (tail.getInt(i) == END && (tail.getShort(i + 20) & 0xFFFF) == tailLength - i - END_SIZE) {
                endAt = i;
                break;
            }
        }
        if (endAt < 0) {
            throw refuse("no end record, or data after it");
        }
        long endPos = size - tailLength + endAt;
        int disk = tail.getShort(endAt + 4) & 0xFFFF;
        int cdDisk = tail.getShort(endAt + 6) & 0xFFFF;
        int onDisk = tail.getShort(endAt + 8) & 0xFFFF;
        int total = tail.getShort(endAt + 10) & 0xFFFF;
        long cdSize = tail.getInt(endAt + 12) & 0xFFFFFFFFL;
        long cdOffset = tail.getInt(endAt + 16) & 0xFFFFFFFFL;
        byte[] comment = new byte[tailLength - endAt - END_SIZE];
        tail.get(endAt + END_SIZE, comment);
        if (disk != 0 || cdDisk != 0 || onDisk != total) {
            throw refuse("a zip split over several disks");
        }
        if (total == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
            throw refuse("zip64 is not used by bundles");
        }
        if (total > maxEntries) {
            throw new UserFacingException("bundle.verify.tooManyEntries", (maxEntries - 2) / 2);
        }
        if (cdOffset + cdSize != endPos) {
            throw refuse("data between the central directory and its end record");
        }
        if (containsSignature(comment)) {
            throw refuse("a zip signature in the comment after the end record");
        }
        ByteBuffer cd = readAt(ch, cdOffset, (int) cdSize);
        List<Entry> entries = new ArrayList<>(total);
        int p = 0;
        for (int i = 0; i < total; i++) {
            need(cd, p, 46);
            if (cd.getInt(p) != CEN) {
                throw refuse("entry " + (i + 1) + " of the central directory is damaged");
            }
            int flags = cd.getShort(p + 8) & 0xFFFF;
            int method = cd.getShort(p + 10) & 0xFFFF;
            long crc = cd.getInt(p + 16) & 0xFFFFFFFFL;
            long csize = cd.getInt(p + 20) & 0xFFFFFFFFL;
            long usize = cd.getInt(p + 24) & 0xFFFFFFFFL;
            int nameLen = cd.getShort(p + 28) & 0xFFFF;
            int extraLen = cd.getShort(p + 30) & 0xFFFF;
            int commentLen = cd.getShort(p + 32) & 0xFFFF;
            int startDisk = cd.getShort(p + 34) & 0xFFFF;
            long offset = cd.getInt(p + 42) & 0xFFFFFFFFL;
            need(cd, p + 46, nameLen + extraLen + commentLen);
            byte[] name = new byte[nameLen];
            cd.get(p + 46, name);
            if (csize == 0xFFFFFFFFL || usize == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || startDisk != 0) {
                throw refuse("zip64 is not used by bundles");
            }
            entries.add(new Entry(name, method, flags, crc, csize, usize, offset));
            p += 46 + nameLen + extraLen + commentLen;
        }
        if (p != cdSize) {
            throw refuse("the central directory holds more than its entries");
        }
        long pos = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.offset() != pos) {
                throw refuse("entry " + (i + 1) + " (" + printable(e.name()) + ") does not start where the one "
                        + "before it ends");
            }
            pos = checkLocal(ch, e, i, cdOffset);
        }
        if (pos != cdOffset) {
            throw refuse("data between the last entry and the central directory");
        }
        return entries;
    }

    /** Checks the local header and data of one entry; returns where the next entry must begin. */
    private static long checkLocal(FileChannel ch, Entry e, int i, long limit) throws IOException {
        if (e.offset() + 30 > limit) {
            throw refuse("entry " + (i + 1) + " lies outside the entries");
        }
        ByteBuffer h = readAt(ch, e.offset(), 30);
        if (h.getInt(0) != LOC) {
            throw refuse("no local header where the central directory puts entry " + (i + 1));
        }
        int flags = h.getShort(6) & 0xFFFF;
        int method = h.getShort(8) & 0xFFFF;
        long crc = h.getInt(14) & 0xFFFFFFFFL;
        long csize = h.getInt(18) & 0xFFFFFFFFL;
        long usize = h.getInt(22) & 0xFFFFFFFFL;
        int nameLen = h.getShort(26) & 0xFFFF;
        int extraLen = h.getShort(28) & 0xFFFF;
        if (e.offset() + 30 + nameLen + extraLen > limit) {
            throw refuse("entry " + (i + 1) + " lies outside the entries");
        }
        byte[] name = new byte[nameLen];
        readAt(ch, e.offset() + 30, nameLen).get(0, name);
        if (!Arrays.equals(name, e.rawName())) {
            throw refuse("entry " + (i + 1) + " is " + printable(new String(name,
                    java.nio.charset.StandardCharsets.UTF_8)) + " in its local header but " + printable(e.name())
                    + " in the central directory");
        }
        if (flags != e.flags() || method != e.method()) {
            throw refuse("entry " + (i + 1) + " (" + printable(e.name()) + ") has other flags or another method "
                    + "in its local header");
        }
        boolean descriptor = (flags & 0x08) != 0;
        if (!descriptor && (crc != e.crc() || csize != e.compressedSize() || usize != e.size())) {
            throw refuse("entry " + (i + 1) + " (" + printable(e.name()) + ") has another CRC or size in its local "
                    + "header");
        }
        if (descriptor && !((crc == 0 || crc == e.crc()) && (csize == 0 || csize == e.compressedSize())
                && (usize == 0 || usize == e.size()))) {
            throw refuse("entry " + (i + 1) + " (" + printable(e.name()) + ") has another CRC or size in its local "
                    + "header");
        }
        long end = e.offset() + 30 + nameLen + extraLen + e.compressedSize();
        if (end > limit) {
            throw refuse("entry " + (i + 1) + " runs into the central directory");
        }
        if (!descriptor) {
            return end;
        }
        if (end + 12 > limit) {
            throw refuse("entry " + (i + 1) + " has no data descriptor");
        }
        ByteBuffer d = readAt(ch, end, (int) Math.min(16, limit - end));
        int at = d.getInt(0) == DESCRIPTOR ? 4 : 0;
        if (d.limit() < at + 12) {
            throw refuse("entry " + (i + 1) + " has no data descriptor");
        }
        if ((d.getInt(at) & 0xFFFFFFFFL) != e.crc() || (d.getInt(at + 4) & 0xFFFFFFFFL) != e.compressedSize()
                || (d.getInt(at + 8) & 0xFFFFFFFFL) != e.size()) {
            throw refuse("entry " + (i + 1) + " (" + printable(e.name()) + ") has another CRC or size in its data "
                    + "descriptor");
        }
        return end + at + 12;
    }

    private static boolean containsSignature(byte[] b) {
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] >= 1 && b[i + 2] <= 8 && b[i + 3] >= 1 && b[i + 3] <= 8) {
                return true;
            }
        }
        return false;
    }

    private static void need(ByteBuffer b, int at, int n) {
        if (at + (long) n > b.limit()) {
            throw refuse("the central directory is cut short");
        }
    }

    private static ByteBuffer readAt(FileChannel ch, long pos, int n) throws IOException {
        if (pos < 0 || pos + n > ch.size()) {
            throw new EOFException();
        }
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new EOFException();
            }
        }
        return b.flip();
    }

    private static String printable(String s) {
        String p = s.replaceAll("\\p{Cntrl}", "?");
        return "“" + (p.length() > 80 ? p.substring(0, 80) + "…" : p) + "”";
    }

    /** The detail (English, for the log) rides along as the cause; the user reads the message key. */
    private static UserFacingException refuse(String detail) {
        return new UserFacingException(new java.util.zip.ZipException(detail), "bundle.verify.zipInconsistent");
    }
}
