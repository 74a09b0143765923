package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.bundle.BundleWriter;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.logic.bundle.OfficeKeyStore;
import id.humasdesk.logic.bundle.OfficeKeys;
import id.humasdesk.logic.bundle.PublicKeyInfo;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import id.humasdesk.support.TestOffice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office signing key sealed in the shared database (decision 0611), on H2 and PostgreSQL with
 * two PCs: nothing in the database reads as the private key, the key HQ pinned stays the same, a
 * PC signs only after an administrator unlocked it there, and a server office makes no key files.
 */
@EveryStore
class SealedOfficeKeyTest {
    private static final char[] PASS = OfficeKeyFixture.PASSPHRASE.toCharArray();
    @TempDir
    Path tmp;
    private TestOffice office;
    private Services pc2;

    @AfterEach
    void close() {
        if (pc2 != null) {
            pc2.close();
        }
        office.close();
    }

    private void twoPcs() {
        Path first = tmp.resolve("pc1");
        office = new TestOffice(first);
        Path second = tmp.resolve("pc2");
        pc2 = Wiring.open(second, StoreBackends.share(second, first), office.clock);
    }

    private Release approved(String headline) {
        Services s = office.services;
        ReleaseContent c = s.drafts().template(office.writer, ReleaseType.BERITA_KEGIATAN).withHeadline(headline)
                .withParagraphs(List.of("Apel digelar di halaman kantor."));
        Release r = s.drafts().create(office.writer, ReleaseType.BERITA_KEGIATAN, c);
        r = s.review().submit(office.writer, r.id(), r.version());
        return s.review().approve(office.reviewer, r.id(), r.version());
    }

    private BundleWriter.Written export(Services s) {
        return s.bundles().export(office.admin, ExportSelection.SINCE_LAST, null, BundleWriter.Progress.NONE);
    }

    private static String key(Throwable t) {
        return ((UserFacingException) t).messageKey();
    }

    private String everyKeyColumn() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection c = StoreBackends.connect(tmp.resolve("pc1"));
                var rs = c.createStatement().executeQuery("SELECT * FROM office_signing_key")) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    all.append(rs.getString(i)).append('|');
                }
            }
        }
        return all.toString();
    }

    @Test
    void anOfficeWithOnePcSignsFromItsKeyFileWithoutUnlocking() {
        office = new TestOffice(tmp.resolve("pc1"));
        assumeThat(StoreBackends.current()).isEqualTo(StoreBackends.Backend.H2);
        assertThat(office.services.bundles().keyCustody()).isEqualTo(OfficeKeys.Custody.THIS_PC);
        assertThat(tmp.resolve("pc1/keys/office-signing.key")).exists();
        approved("Apel Siaga");
        assertThat(export(office.services).manifest().itemCount()).isEqualTo(1);
    }

    @Test
    void sealingKeepsThePinnedKeyAndLeavesNoPlainPrivateKeyInTheDatabaseOrOnThePc() throws Exception {
        twoPcs();
        Path keyFile = tmp.resolve("pc1/keys/office-signing.key");
        if (!Files.exists(keyFile)) {
            // A server office: as on the PC that ran init before keys were sealed, which kept a key file.
            new FileOfficeKeyStore(tmp.resolve("pc1/keys")).save(OfficeKeyStore.Slot.CURRENT,
                    id.humasdesk.logic.bundle.Ed25519.generate());
        }
        KeyPair before = new FileOfficeKeyStore(tmp.resolve("pc1/keys")).load(OfficeKeyStore.Slot.CURRENT).orElseThrow();
        PublicKeyInfo pinned = id.humasdesk.logic.bundle.Ed25519.info(before.getPublic());

        PublicKeyInfo sealed = office.services.bundles().sealKey(office.admin, PASS);

        assertThat(sealed).isEqualTo(pinned);
        assertThat(keyFile).doesNotExist();
        String stored = everyKeyColumn();
        byte[] pkcs8 = before.getPrivate().getEncoded();
        byte[] seed = java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        for (byte[] secret : List.of(pkcs8, seed)) {
            assertThat(stored).doesNotContain(Base64.getEncoder().encodeToString(secret))
                    .doesNotContain(java.util.HexFormat.of().formatHex(secret))
                    .doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
        }
        assertThat(stored).doesNotContain(OfficeKeyFixture.PASSPHRASE);
        assertThat(office.services.bundles().keyCustody()).isEqualTo(OfficeKeys.Custody.SEALED_UNLOCKED);
        assertThatThrownBy(() -> pc2.bundles().sealKey(office.admin, PASS))
                .satisfies(e -> assertThat(key(e)).isEqualTo("bundle.key.alreadySealed"));

        // A plain copy of the sealed key brought back onto a PC (from an old backup) goes at its next start.
        Path second = tmp.resolve("pc2");
        pc2.close();
        new FileOfficeKeyStore(second.resolve("keys")).save(OfficeKeyStore.Slot.CURRENT, before);
        pc2 = Wiring.open(second, StoreBackends.target(second), office.clock);
        assertThat(second.resolve("keys/office-signing.key")).doesNotExist();
    }

    @Test
    void anotherPcSignsOnlyAfterAnAdministratorUnlockedTheKeyThere() {
        twoPcs();
        PublicKeyInfo sealed = office.services.bundles().sealKey(office.admin, PASS);
        approved("Apel Siaga Pengawasan");

        assertThat(pc2.bundles().keyCustody()).isEqualTo(OfficeKeys.Custody.SEALED_LOCKED);
        assertThat(pc2.bundles().keys().current()).contains(sealed);
        assertThatThrownBy(() -> export(pc2)).satisfies(e -> assertThat(key(e)).isEqualTo("bundle.key.locked"));
        assertThatThrownBy(() -> pc2.bundles().unlockKey(office.reviewer, PASS))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.auth.roleRequired"));
        assertThatThrownBy(() -> pc2.bundles().unlockKey(office.admin, "frasa sandi yang salah".toCharArray()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("bundle.key.wrongPassphrase"));
        assertThat(pc2.bundles().keyCustody()).isEqualTo(OfficeKeys.Custody.SEALED_LOCKED);

        pc2.bundles().unlockKey(office.admin, PASS);
        BundleWriter.Written w = export(pc2);
        assertThat(w.manifest().key()).isEqualTo(sealed);
        assertThat(office.services.bundles().verify(w.file()).manifest().bundleId())
                .isEqualTo(w.manifest().bundleId());

        pc2.bundles().lockKey(office.reviewer);
        assertThatThrownBy(() -> export(pc2)).satisfies(e -> assertThat(key(e)).isEqualTo("bundle.key.locked"));
        assertThat(tmp.resolve("pc2/keys/office-signing.key")).as("no PC writes the unlocked key down")
                .satisfies(p -> {
                    if (Files.exists(p)) {
                        // H2 in one JVM: PC 2 made its own file before the key was sealed; it is never used.
                        assertThat(StoreBackends.current()).isEqualTo(StoreBackends.Backend.H2);
                    }
                });
    }

    @Test
    void aRotationStartedOnOnePcIsAnnouncedByTheExportOfAnotherAndThenUsedByBoth() {
        twoPcs();
        PublicKeyInfo old = office.services.bundles().sealKey(office.admin, PASS);
        pc2.bundles().unlockKey(office.admin, PASS);
        PublicKeyInfo next = office.services.bundles().rotateKey(office.admin);
        approved("Rapat Koordinasi");

        BundleWriter.Written w = export(pc2);
        assertThat(w.manifest().key()).isEqualTo(old);
        assertThat(w.manifest().nextKey()).isEqualTo(next);
        assertThat(office.services.bundles().keys().current()).contains(next);
        approved("Rapat Koordinasi Lanjutan");
        assertThat(export(office.services).manifest().key()).isEqualTo(next);
    }

    @Test
    void twoPcsExportingAtOnceDuringARotationAnnounceItOnceAndThenSignWithTheNewKey() throws Exception {
        twoPcs();
        PublicKeyInfo old = office.services.bundles().sealKey(office.admin, PASS);
        pc2.bundles().unlockKey(office.admin, PASS);
        PublicKeyInfo next = office.services.bundles().rotateKey(office.admin);
        approved("Rapat Koordinasi");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<BundleWriter.Written> written = new ArrayList<>();
        try {
            List<Future<BundleWriter.Written>> both = new ArrayList<>();
            for (Services s : List.of(office.services, pc2)) {
                both.add(pool.submit(() -> {
                    start.await();
                    return export(s);
                }));
            }
            for (Future<BundleWriter.Written> f : both) {
                written.add(f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        // Whichever was recorded first signed with the old key and announced the new one; the other,
        // made again after it, names it as previous and is signed with the new key alone.
        BundleWriter.Written first = written.stream().filter(w -> w.manifest().previousBundleId() == null)
                .findFirst().orElseThrow();
        BundleWriter.Written second = written.stream().filter(w -> w != first).findFirst().orElseThrow();
        assertThat(first.manifest().key()).isEqualTo(old);
        assertThat(first.manifest().nextKey()).isEqualTo(next);
        assertThat(second.manifest().previousBundleId()).isEqualTo(first.manifest().bundleId());
        assertThat(second.manifest().key()).isEqualTo(next);
        assertThat(second.manifest().nextKey()).isNull();
        assertThat(pc2.bundles().keys().current()).contains(next);
        assertThat(pc2.bundles().keys().next()).isEmpty();
    }

    @Test
    void twoAdministratorsSealingAtOnceLeaveOneKey() throws Exception {
        twoPcs();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> both = new ArrayList<>();
            for (Services s : List.of(office.services, pc2)) {
                Callable<Object> c = () -> {
                    start.await();
                    try {
                        return s.bundles().sealKey(office.admin, PASS);
                    } catch (UserFacingException e) {
                        return e.messageKey();
                    }
                };
                both.add(pool.submit(c));
            }
            for (Future<Object> f : both) {
                outcomes.add(f.get(1, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).filteredOn(o -> o instanceof PublicKeyInfo).hasSize(1);
        assertThat(outcomes).filteredOn("bundle.key.alreadySealed"::equals).hasSize(1);
        PublicKeyInfo winner = (PublicKeyInfo) outcomes.stream().filter(o -> o instanceof PublicKeyInfo).findFirst()
                .orElseThrow();
        assertThat(pc2.bundles().keys().current()).contains(winner);
        assertThat(office.services.bundles().keys().current()).contains(winner);
        approved("Apel Siaga");
        for (Services s : List.of(office.services, pc2)) {
            s.bundles().unlockKey(office.admin, PASS);
        }
        assertThat(export(pc2).manifest().key()).isEqualTo(winner);
        assertThat(Set.copyOf(outcomes)).hasSize(2);
    }

    @Test
    void anOfficeOnAServerMakesNoKeyFileAndAsksForASealedKey() {
        twoPcs();
        assumeThat(StoreBackends.current()).isEqualTo(StoreBackends.Backend.POSTGRESQL);
        assertThat(tmp.resolve("pc1/keys/office-signing.key")).doesNotExist();
        assertThat(tmp.resolve("pc2/keys/office-signing.key")).doesNotExist();
        assertThat(pc2.bundles().keyCustody()).isEqualTo(OfficeKeys.Custody.NOT_SET_UP);
        approved("Apel Siaga");
        assertThatThrownBy(() -> export(pc2)).satisfies(e -> assertThat(key(e)).isEqualTo("bundle.key.notSetUp"));
        PublicKeyInfo k = pc2.bundles().sealKey(office.admin, PASS);
        assertThat(export(pc2).manifest().key()).isEqualTo(k);
        assertThat(office.services.bundles().keyCustody()).isEqualTo(OfficeKeys.Custody.SEALED_LOCKED);
    }
}
