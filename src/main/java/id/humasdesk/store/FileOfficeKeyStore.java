package id.humasdesk.store;

import id.humasdesk.logic.bundle.OfficeKeyStore;
import id.humasdesk.logic.common.AtomicFiles;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The office key pair as a small text file under {@code keys/} in the data directory, readable
 * and writable by the owner only (POSIX mode 600, or an owner-only ACL on Windows). See decision
 * 0302 for why the key is not encrypted with a password.
 */
public final class FileOfficeKeyStore implements OfficeKeyStore {
    private static final String HEADER = "HUMASDESK-ED25519-KEYPAIR 1";
    private final Path dir;

    public FileOfficeKeyStore(Path dir) {
        this.dir = dir;
    }

    Path file(Slot slot) {
        return dir.resolve(slot == Slot.CURRENT ? "office-signing.key" : "office-signing.next.key");
    }

    @Override
    public Optional<KeyPair> load(Slot slot) {
        Path f = file(slot);
        if (!Files.exists(f)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.US_ASCII);
            if (lines.size() < 3 || !HEADER.equals(lines.get(0))) {
                throw new UserFacingException("bundle.key.unreadable", f.toString());
            }
            KeyFactory kf = KeyFactory.getInstance("Ed25519");
            return Optional.of(new KeyPair(
                    kf.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(2)))),
                    kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(1))))));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new UserFacingException(e, "bundle.key.unreadable", f.toString());
        }
    }

    @Override
    public void save(Slot slot, KeyPair pair) {
        Path target = file(slot);
        try {
            Files.createDirectories(dir);
            ownerOnly(dir, true);
            Base64.Encoder b64 = Base64.getEncoder();
            byte[] text = (HEADER + "\n" + b64.encodeToString(pair.getPrivate().getEncoded()) + "\n"
                    + b64.encodeToString(pair.getPublic().getEncoded()) + "\n").getBytes(StandardCharsets.US_ASCII);
            AtomicFiles.replace(target, AtomicFiles.Access.OWNER_ONLY, out -> out.write(text));
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.key.notWritable", target.toString());
        }
    }

    @Override
    public void delete(Slot slot) {
        try {
            Files.deleteIfExists(file(slot));
        } catch (IOException e) {
            throw new UserFacingException(e, "bundle.key.notWritable", file(slot).toString());
        }
    }

    /** Removes every permission but the owner's, before any secret is written. */
    static void ownerOnly(Path p, boolean directory) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(p);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }
}
