package id.humasdesk.store;

import id.humasdesk.logic.bundle.OfficeKeyStore;
import id.humasdesk.logic.bundle.PublicKeyInfo;
import id.humasdesk.logic.bundle.SealedKey;
import id.humasdesk.logic.bundle.SealedKeyRepository;
import java.util.Base64;
import java.util.Optional;

/** The sealed office key of V6.11.2 (decision 0611): ciphertext and public part, never the passphrase. */
public final class JdbcSealedKeyRepository implements SealedKeyRepository {
    private static final String KDF = "PBKDF2WithHmacSHA256";
    private final Database db;

    public JdbcSealedKeyRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<SealedKey> find(OfficeKeyStore.Slot slot) {
        return db.with(c -> {
            try (var ps = c.prepareStatement("SELECT * FROM office_signing_key WHERE slot = ?")) {
                ps.setString(1, slot.name());
                try (var rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Base64.Decoder b64 = Base64.getDecoder();
                    return Optional.of(new SealedKey(slot, new PublicKeyInfo(PublicKeyInfo.ED25519,
                            rs.getString("public_key"), rs.getString("fingerprint")), rs.getInt("iterations"),
                            b64.decode(rs.getString("salt")), b64.decode(rs.getString("nonce")),
                            b64.decode(rs.getString("sealed_private")), Jdbc.instant(rs, "sealed_at"),
                            rs.getString("sealed_by")));
                }
            }
        });
    }

    @Override
    public boolean insert(SealedKey k) {
        return db.inTransaction(() -> db.with(c -> {
            try (var ps = c.prepareStatement("INSERT INTO office_signing_key (slot, public_key, fingerprint, kdf, "
                    + "iterations, salt, nonce, sealed_private, sealed_at, sealed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Base64.Encoder b64 = Base64.getEncoder();
                ps.setString(1, k.slot().name());
                ps.setString(2, k.key().publicKey());
                ps.setString(3, k.key().fingerprint());
                ps.setString(4, KDF);
                ps.setInt(5, k.iterations());
                ps.setString(6, b64.encodeToString(k.salt()));
                ps.setString(7, b64.encodeToString(k.nonce()));
                ps.setString(8, b64.encodeToString(k.sealedPrivate()));
                Jdbc.setInstant(ps, 9, k.sealedAt());
                ps.setString(10, k.sealedBy().length() > 32 ? k.sealedBy().substring(0, 32) : k.sealedBy());
                // Two PCs sealing (or starting a rotation) at once: the first one's key counts.
                return Jdbc.insertOr(c, x -> ps.executeUpdate() == 1, x -> false);
            }
        }));
    }

    @Override
    public void promoteNext() {
        db.inTransaction(() -> db.with(c -> {
            // Lock both rows first, so two PCs finishing the same rotation take turns.
            try (var lock = c.prepareStatement("SELECT slot FROM office_signing_key FOR UPDATE");
                    var rs = lock.executeQuery()) {
                boolean next = false;
                while (rs.next()) {
                    next |= "NEXT".equals(rs.getString(1));
                }
                if (!next) {
                    return null; // another PC finished it
                }
            }
            try (var del = c.prepareStatement("DELETE FROM office_signing_key WHERE slot = 'CURRENT'");
                    var move = c.prepareStatement("UPDATE office_signing_key SET slot = 'CURRENT' WHERE slot = 'NEXT'")) {
                del.executeUpdate();
                move.executeUpdate();
            }
            return null;
        }));
    }
}
