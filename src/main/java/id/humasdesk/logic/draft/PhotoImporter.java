package id.humasdesk.logic.draft;

import id.humasdesk.model.Photo;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Accepts JPEG and PNG photos up to a size limit, judged by their bytes, not their names. */
public final class PhotoImporter {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final MediaStore media;
    private final long maxBytes;

    public PhotoImporter(MediaStore media, long maxBytes) {
        this.media = media;
        this.maxBytes = maxBytes;
    }

    public Photo importPhoto(Path file) {
        String name = file.getFileName().toString();
        long size;
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.photo.unreadable", name);
        }
        if (size > maxBytes) {
            throw new UserFacingException("error.photo.tooLarge", name, megabytes(size), megabytes(maxBytes));
        }
        String type;
        if (read >= PNG.length && Arrays.equals(head, 0, PNG.length, PNG, 0, PNG.length)) {
            type = "image/png";
        } else if (read >= JPEG.length && Arrays.equals(head, 0, JPEG.length, JPEG, 0, JPEG.length)) {
            type = "image/jpeg";
        } else {
            throw new UserFacingException("error.photo.type", name);
        }
        String ext = "image/png".equals(type) ? "png" : "jpg";
        String sha = media.put(file, ext);
        return new Photo(sha, type, size, "", "");
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
