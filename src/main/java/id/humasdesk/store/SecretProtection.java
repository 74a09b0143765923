package id.humasdesk.store;

import com.sun.jna.platform.win32.Crypt32Util;
import com.sun.jna.platform.win32.WinCrypt;
import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the office database password of a PC unreadable to anyone but the OS user who saved it
 * (decision 0602). On Windows: DPAPI in the current user's scope, so only that Windows account on
 * that PC can decrypt it. Elsewhere: AES-256-GCM with a random key in a file that only the OS user
 * may read (POSIX 0600, in a 0700 folder) kept outside the data directory, so a copy or backup of
 * the data directory alone does not reveal the password. Neither protects against a program that
 * runs as the same OS user, nor against an administrator of the PC.
 */
public interface SecretProtection {
    /** The name stored beside the protected text, so a reader knows how to open it. */
    String scheme();

    /** Protects {@code secret}; {@code context} (URL and user) must be given again to open it. */
    String protect(String secret, String context);

    /** Opens a protected text; a {@link UserFacingException} when this PC or OS user cannot. */
    String unprotect(String protectedText, String context);

    /** DPAPI on Windows, otherwise the key file in {@code keyDir}. */
    static SecretProtection forThisPc(Path keyDir) {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")
                ? new Dpapi() : new KeyFile(keyDir);
    }

    /** The protection a stored scheme names; {@code keyDir} is used by the key-file scheme only. */
    static SecretProtection forScheme(String scheme, Path keyDir) {
        return switch (scheme) {
            case Dpapi.SCHEME -> new Dpapi();
            case KeyFile.SCHEME -> new KeyFile(keyDir);
            default -> throw new UserFacingException("error.connection.passwordUnreadable");
        };
    }

    /** Windows' Data Protection API, current-user scope, with the context as extra entropy. */
    final class Dpapi implements SecretProtection {
        static final String SCHEME = "dpapi";

        @Override
        public String scheme() {
            return SCHEME;
        }

        @Override
        public String protect(String secret, String context) {
            try {
                byte[] out = Crypt32Util.cryptProtectData(secret.getBytes(StandardCharsets.UTF_8),
                        context.getBytes(StandardCharsets.UTF_8), WinCrypt.CRYPTPROTECT_UI_FORBIDDEN, "HumasDesk", null);
                return Base64.getEncoder().encodeToString(out);
            } catch (RuntimeException | LinkageError e) {
                throw new UserFacingException(e, "error.connection.passwordNotSaved");
            }
        }

        @Override
        public String unprotect(String protectedText, String context) {
            try {
                byte[] out = Crypt32Util.cryptUnprotectData(Base64.getDecoder().decode(protectedText),
                        context.getBytes(StandardCharsets.UTF_8), WinCrypt.CRYPTPROTECT_UI_FORBIDDEN, null);
                return new String(out, StandardCharsets.UTF_8);
            } catch (RuntimeException | LinkageError e) {
                throw new UserFacingException(e, "error.connection.passwordUnreadable");
            }
        }
    }

    /** AES-256-GCM with a per-user key file readable by its owner only. */
    final class KeyFile implements SecretProtection {
        static final String SCHEME = "aes-gcm-keyfile";
        static final String KEY_FILE = "database-password.key";
        private static final Logger LOG = Logger.getLogger(KeyFile.class.getName());
        private static final int IV_BYTES = 12;
        private static final int TAG_BITS = 128;
        private static final SecureRandom RANDOM = new SecureRandom();
        private final Path dir;

        public KeyFile(Path dir) {
            this.dir = dir;
        }

        /** The key file (created on first protect). */
        public Path keyFile() {
            return dir.resolve(KEY_FILE);
        }

        @Override
        public String scheme() {
            return SCHEME;
        }

        @Override
        public String protect(String secret, String context) {
            try {
                byte[] iv = new byte[IV_BYTES];
                RANDOM.nextBytes(iv);
                Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key(true), iv, context);
                byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                        .put(iv).put(sealed).array());
            } catch (IOException | GeneralSecurityException e) {
                throw new UserFacingException(e, "error.connection.passwordNotSaved");
            }
        }

        @Override
        public String unprotect(String protectedText, String context) {
            try {
                byte[] all = Base64.getDecoder().decode(protectedText);
                if (all.length <= IV_BYTES) {
                    throw new GeneralSecurityException("too short");
                }
                byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
                Cipher cipher = cipher(Cipher.DECRYPT_MODE, key(false), iv, context);
                return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
            } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                throw new UserFacingException(e, "error.connection.passwordUnreadable");
            }
        }

        private static Cipher cipher(int mode, byte[] key, byte[] iv, String context) throws GeneralSecurityException {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return c;
        }

        private synchronized byte[] key(boolean create) throws IOException {
            Path file = keyFile();
            if (!Files.exists(file)) {
                if (!create) {
                    throw new IOException("No key file at " + file);
                }
                write(file);
            }
            ownerOnly(file);
            byte[] key = Files.readAllBytes(file);
            if (key.length != 32) {
                throw new IOException("Key file " + file + " is not a 256-bit key");
            }
            return key;
        }

        /** A new random key, created with owner-only permissions from the first byte and renamed into place. */
        private static void write(Path file) throws IOException {
            Path folder = file.getParent();
            boolean posix = Files.getFileStore(existingAncestor(folder)).supportsFileAttributeView(
                    PosixFileAttributeView.class);
            if (!Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            // Another process that made the key first wins; its key is the one both then read.
            AtomicFiles.create(file, AtomicFiles.Access.OWNER_ONLY, out -> out.write(key));
        }

        /** Takes away any group or other access a copy or a careless chmod left on the key file. */
        private static void ownerOnly(Path file) throws IOException {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view == null) {
                return;
            }
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            Set<PosixFilePermission> wanted = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            if (!wanted.containsAll(perms)) {
                LOG.warning("Key file " + file + " was readable by others (" + PosixFilePermissions.toString(perms)
                        + "); set to rw-------");
                view.setPermissions(wanted);
            }
        }

        private static Path existingAncestor(Path p) {
            Path a = p.toAbsolutePath();
            while (a != null && !Files.exists(a)) {
                a = a.getParent();
            }
            return a;
        }
    }
}
