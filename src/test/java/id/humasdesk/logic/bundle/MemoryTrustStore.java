package id.humasdesk.logic.bundle;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Pinned keys in a map, for tests of verification without a database. */
final class MemoryTrustStore implements TrustStore {
    private final Map<String, TrustedKey> keys = new TreeMap<>();

    MemoryTrustStore pin(String office, PublicKeyInfo key) {
        pin(new TrustedKey(office, "Bawaslu " + office, "KABUPATEN", "Asia/Jakarta", key, BundleFixtures.T0, "test"));
        return this;
    }

    @Override
    public Optional<TrustedKey> active(String officeCode) {
        return Optional.ofNullable(keys.get(officeCode));
    }

    @Override
    public Optional<TrustedKey> activeByFingerprint(String fingerprint) {
        return keys.values().stream().filter(k -> k.key().fingerprint().equals(fingerprint)).findFirst();
    }

    @Override
    public void pin(TrustedKey key) {
        keys.put(key.officeCode(), key);
    }
}
