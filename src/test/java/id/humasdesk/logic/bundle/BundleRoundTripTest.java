package id.humasdesk.logic.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.model.Channel;
import id.humasdesk.model.PlanState;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.Transition;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An office exports, headquarters trusts its key, verifies and imports: the whole journey. */
@EveryStore
class BundleRoundTripTest {
    @TempDir
    Path tmp;
    Station kaur;
    Station hq;

    @BeforeEach
    void open() {
        Station.TestClock clock = new Station.TestClock(Instant.parse("2026-11-28T02:00:00Z"));
        kaur = new Station(tmp.resolve("kaur"), BundleFixtures.KAUR, clock);
        hq = new Station(tmp.resolve("hq"), BundleFixtures.RI, clock);
    }

    @AfterEach
    void close() {
        kaur.close();
        hq.close();
    }

    private ImportResult importAtHq(Path... files) {
        return hq.bundles.importBundles(hq.admin, List.of(files));
    }

    @Test
    void exportTakesOnlyApprovedOrLaterAndWritesAtomicallyUnderExports() throws Exception {
        kaur.add(ReleaseStatus.DRAFT, Station.content("Draf", List.of()));
        kaur.add(ReleaseStatus.IN_REVIEW, Station.content("Ditinjau", List.of()));
        kaur.add(ReleaseStatus.WITHDRAWN, Station.content("Ditarik sebelum dikirim", List.of()));
        Release approved = kaur.add(ReleaseStatus.APPROVED, Station.content("Disetujui", List.of(kaur.photo(1))));
        kaur.add(ReleaseStatus.PUBLISHED, Station.content("Terbit", List.of(kaur.photo(1), kaur.photo(2))));
        kaur.add(ReleaseStatus.SCHEDULED, Station.content("Terjadwal", List.of()));

        BundleWriter.Written w = kaur.export();

        assertThat(w.manifest().itemCount()).isEqualTo(3);
        assertThat(w.photos()).isEqualTo(2);
        assertThat(w.file().getParent()).isEqualTo(kaur.root.resolve("exports").toAbsolutePath());
        assertThat(w.file().getFileName().toString()).matches("KAUR-\\d{8}T\\d{6}Z\\.humas\\.zip");
        try (var dir = Files.list(w.file().getParent())) {
            assertThat(dir.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
        List<com.fasterxml.jackson.databind.JsonNode> items = new java.util.ArrayList<>();
        try (ZipFile zip = new ZipFile(w.file().toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList()).startsWith("manifest.json", "manifest.sig")
                    .contains("items/" + approved.id() + ".json");
            assertThat(BundleSchemas.get().checkManifest(CanonicalJson.read(
                    zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes()))).isEmpty();
            for (var e : zip.stream().filter(e -> e.getName().startsWith("items/")).toList()) {
                items.add(CanonicalJson.read(zip.getInputStream(e).readAllBytes()));
            }
        }
        ExportRecord last = kaur.bundles.history(kaur.admin, 10).get(0);
        assertThat(last.bundleId()).isEqualTo(w.manifest().bundleId());
        assertThat(last.sha256()).isEqualTo(w.sha256()).hasSize(64);
        assertThat(last.itemCount()).isEqualTo(3);
        // last, as it is skipped where the official schema is absent
        for (var item : items) {
            assertThat(OfficialNinjs.validate(item)).isEmpty();
        }
    }

    @Test
    void nextExportSendsOnlyWhatChangedAndWithdrawalsOfSentReleasesAsCanceled() throws Exception {
        Release a = kaur.add(ReleaseStatus.PUBLISHED, Station.content("Satu", List.of()));
        kaur.add(ReleaseStatus.APPROVED, Station.content("Dua", List.of()));
        BundleWriter.Written first = kaur.export();
        assertThat(kaur.export().manifest().itemCount()).isZero();

        kaur.change(a, ReleaseStatus.WITHDRAWN, a.content());
        BundleWriter.Written third = kaur.export();

        assertThat(third.manifest().itemCount()).isEqualTo(1);
        assertThat(third.manifest().previousBundleId()).isNotNull().isNotEqualTo(first.manifest().bundleId());
        hq.bundles.trust(hq.admin, kaur.exportKey());
        VerifiedBundle v = hq.bundles.verify(third.file());
        assertThat(v.items()).singleElement().satisfies(i -> {
            assertThat(i.pubstatus()).isEqualTo("canceled");
            assertThat(i.version()).isEqualTo(2);
        });
    }

    @Test
    void headquartersImportsVerifiedBundlesWithCountsAndIsIdempotent() {
        Release a = kaur.add(ReleaseStatus.PUBLISHED, Station.content("Satu", List.of(kaur.photo(7))));
        kaur.add(ReleaseStatus.APPROVED, Station.content("Dua", List.of()));
        Path first = kaur.export().file();
        hq.bundles.trust(hq.admin, kaur.exportKey());

        ImportResult r = importAtHq(first);
        assertThat(r.ok()).isTrue();
        assertThat(List.of(r.added(), r.updated(), r.unchanged(), r.conflicts())).containsExactly(2, 0, 0, 0);
        String photo = a.content().photos().get(0).sha256();
        assertThat(hq.media.path(photo, "jpg")).exists();

        ImportResult again = importAtHq(first);
        assertThat(List.of(again.added(), again.updated(), again.unchanged())).containsExactly(0, 0, 2);

        kaur.change(a, ReleaseStatus.PUBLISHED, a.content().withHeadline("Satu, diperbaiki"));
        ImportResult newer = importAtHq(kaur.export().file());
        assertThat(List.of(newer.added(), newer.updated(), newer.unchanged())).containsExactly(0, 1, 0);
        assertThat(newer.gaps()).isEmpty();
        assertThat(hq.bundleStore.findReceived(a.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void olderVersionDoesNotReplaceNewerAndSameVersionWithOtherContentIsAConflict() throws Exception {
        Release a = kaur.add(ReleaseStatus.PUBLISHED, Station.content("Satu", List.of()));
        Path v1 = kaur.export().file();
        Path v1copy = tmp.resolve("v1.humas.zip");
        Files.copy(v1, v1copy);
        kaur.change(a, ReleaseStatus.PUBLISHED, a.content().withHeadline("Versi dua"));
        Path v2 = kaur.export().file();
        hq.bundles.trust(hq.admin, kaur.exportKey());
        assertThat(importAtHq(v2).added()).isEqualTo(1);
        ImportResult old = importAtHq(v1copy);
        assertThat(old.unchanged()).isEqualTo(1);
        assertThat(old.gaps()).isEmpty();
        assertThat(hq.bundleStore.findReceived(a.id()).orElseThrow().version()).isEqualTo(2);


        // the office restored an old backup and wrote version 2 again with other words
        try (var c = StoreBackends.connect(kaur.root);
                var ps = c.prepareStatement("UPDATE press_release SET content_json = REPLACE(content_json, "
                        + "'Versi dua', 'Versi dua yang lain') WHERE id = ?")) {
            ps.setObject(1, a.id());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        kaur.clock.tick();
        Path clash = kaur.bundles.export(kaur.admin, ExportSelection.picked(Set.of(a.id())), null,
                BundleWriter.Progress.NONE).file();
        ImportResult conflict = importAtHq(clash);
        assertThat(List.of(conflict.updated(), conflict.conflicts())).containsExactly(0, 1);
        assertThat(hq.bundleStore.conflictCount()).isEqualTo(1);
        assertThat(importAtHq(clash).conflicts()).isZero();
        assertThat(hq.bundleStore.findReceived(a.id()).orElseThrow().sha256()).isNotEqualTo(
                hq.bundles.verify(clash).items().get(0).sha256());
    }

    @Test
    void anEmbargoedReleaseArrivesWithheldAndItsLaterStateReplacesItWithoutAConflict() {
        Release a = kaur.add(ReleaseStatus.SCHEDULED, Station.content("Jadwal debat publik", List.of()));
        Instant embargo = kaur.clock.instant().plus(Duration.ofHours(2));
        Channel web = kaur.channels.list().get(0);
        PublicationPlan plan = new PublicationPlan(UUID.randomUUID(), a.id(), web.id(), embargo,
                kaur.office.zone(), "", embargo, PlanState.PLANNED, "", "", null, 1);
        kaur.plans.insert(plan);
        kaur.audit.record(kaur.admin, a, Transition.SCHEDULE, ReleaseStatus.APPROVED, ReleaseStatus.SCHEDULED,
                web.name(), 1, kaur.clock.instant());
        hq.bundles.trust(hq.admin, kaur.exportKey());

        assertThat(importAtHq(kaur.export().file()).added()).isEqualTo(1);
        InboxRepository.ReleaseRow held = hq.bundles.inbox().open(hq.admin, a.id()).row();
        assertThat(held.pubstatus()).isEqualTo("withheld");
        assertThat(held.embargoed()).isEqualTo(embargo);

        // the embargo passes and the website post is recorded: same release version, new state
        kaur.clock.pass(Duration.ofHours(3));
        kaur.plans.update(plan.withState(PlanState.POSTED, "https://bawaslu.example/debat", "", kaur.clock.instant()));
        Path later = kaur.bundles.export(kaur.admin, ExportSelection.picked(Set.of(a.id())), null,
                BundleWriter.Progress.NONE).file();
        ImportResult r = importAtHq(later);

        assertThat(List.of(r.updated(), r.conflicts())).containsExactly(1, 0);
        BundleInbox.Detail now = hq.bundles.inbox().open(hq.admin, a.id());
        assertThat(now.row().pubstatus()).isEqualTo("usable");
        assertThat(now.row().embargoed()).isNull();
        assertThat(now.trail().plans()).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo(web.code());
            assertThat(p.state()).isEqualTo("POSTED");
            assertThat(p.postedUrl()).isEqualTo("https://bawaslu.example/debat");
        });
        assertThat(now.trail().history()).extracting(ItemTrail.HistoryLine::action).containsExactly("SCHEDULE");
        assertThat(hq.bundleStore.conflictCount()).isZero();
    }

    @Test
    void gapInTheChainIsReportedButImported() {
        kaur.add(ReleaseStatus.PUBLISHED, Station.content("Satu", List.of()));
        kaur.export();
        kaur.add(ReleaseStatus.PUBLISHED, Station.content("Dua", List.of()));
        BundleWriter.Written second = kaur.export();
        hq.bundles.trust(hq.admin, kaur.exportKey());

        ImportResult r = importAtHq(second.file());

        assertThat(r.added()).isEqualTo(1);
        assertThat(r.gaps()).singleElement().satisfies(g -> {
            assertThat(g.officeCode()).isEqualTo("KAUR");
            assertThat(g.missingPreviousId()).isEqualTo(second.manifest().previousBundleId());
        });
    }

    @Test
    void aRejectedFileMeansNothingIsWritten() throws Exception {
        kaur.add(ReleaseStatus.PUBLISHED, Station.content("Satu", List.of(kaur.photo(3))));
        Path good = kaur.export().file();
        hq.bundles.trust(hq.admin, kaur.exportKey());
        Path bad = tmp.resolve("bad.humas.zip");
        Files.write(bad, new byte[] {1, 2, 3});

        ImportResult r = importAtHq(good, bad);

        assertThat(r.ok()).isFalse();
        assertThat(r.rejected()).singleElement().satisfies(x -> assertThat(x.messageKey())
                .isEqualTo("bundle.verify.notABundle"));
        assertThat(r.added()).isZero();
        assertThat(hq.bundleStore.receivedBundles(10)).isEmpty();
        try (var files = Files.list(hq.root.resolve("media"))) {
            assertThat(files).isEmpty();
        }
        try (var files = Files.walk(hq.root.resolve("tmp"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void foldersOfImportsThatNeverFinishedAreRemovedAndNothingElse() throws Exception {
        Path tmpDir = hq.root.resolve("tmp");
        Path crashed = Files.createDirectories(tmpDir.resolve("import-" + UUID.randomUUID()));
        Files.write(crashed.resolve("photo-1.part"), new byte[4096]);
        Files.createDirectories(crashed.resolve("nested"));
        Path empty = Files.createDirectories(tmpDir.resolve("import-" + UUID.randomUUID()));
        Path other = Files.createDirectories(tmpDir.resolve("print-preview"));
        Path file = Files.writeString(tmpDir.resolve("import-notes.txt"), "bukan folder impor");

        assertThat(hq.bundles.removeLeftovers()).isEqualTo(2);

        assertThat(crashed).doesNotExist();
        assertThat(empty).doesNotExist();
        assertThat(other).isDirectory();
        assertThat(file).isRegularFile();
        assertThat(hq.bundles.removeLeftovers()).isZero();
    }

    @Test
    void anImportTooLargeToHoldInMemoryStoresTheSameItemsAndLeavesNoTemporaryFiles() {
        Release a = kaur.add(ReleaseStatus.PUBLISHED, Station.content("Satu", List.of(kaur.photo(3))));
        Release b = kaur.add(ReleaseStatus.APPROVED, Station.content("Dua", List.of()));
        Path first = kaur.export().file();
        Release c = kaur.add(ReleaseStatus.PUBLISHED, Station.content("Tiga", List.of()));
        Path second = kaur.export().file();
        hq.bundles.trust(hq.admin, kaur.exportKey());
        long before = BundleImporter.spillAboveBytes;
        BundleImporter.spillAboveBytes = 0; // every bundle's items go to disk and are read back
        try {
            ImportResult r = importAtHq(second, first);
            assertThat(r.ok()).isTrue();
            assertThat(List.of(r.bundles(), r.added(), r.updated(), r.unchanged())).containsExactly(2, 3, 0, 0);
            assertThat(importAtHq(first, second).unchanged()).isEqualTo(3);
        } finally {
            BundleImporter.spillAboveBytes = before;
        }
        for (Path f : List.of(first, second)) {
            for (ReceivedItem sent : hq.bundles.verify(f).items()) {
                assertThat(hq.bundleStore.receivedJson(sent.id())).contains(sent.json());
                assertThat(hq.bundleStore.findReceived(sent.id()).orElseThrow().sha256()).isEqualTo(sent.sha256());
            }
        }
        assertThat(List.of(a.id(), b.id(), c.id())).allMatch(id -> hq.bundleStore.findReceived(id).isPresent());
        assertThat(hq.media.path(a.content().photos().get(0).sha256(), "jpg")).exists();
        Path tmpDir = hq.root.resolve("tmp");
        if (Files.exists(tmpDir)) {
            assertThat(tmpDir.toFile().list()).noneMatch(n -> n.startsWith("import-"));
        }
    }

    @Test
    void keyRotationIsFollowedWhenAnnouncedUnderTheOldKey() {
        hq.bundles.trust(hq.admin, kaur.exportKey());
        String oldFp = kaur.keys.current().orElseThrow().fingerprint();
        PublicKeyInfo next = kaur.bundles.rotateKey(kaur.admin);
        kaur.add(ReleaseStatus.PUBLISHED, Station.content("Satu", List.of()));
        BundleWriter.Written announcing = kaur.export();
        assertThat(announcing.manifest().key().fingerprint()).isEqualTo(oldFp);
        assertThat(announcing.manifest().nextKey()).isEqualTo(next);
        assertThat(kaur.keys.current().orElseThrow()).isEqualTo(next);
        kaur.add(ReleaseStatus.PUBLISHED, Station.content("Dua", List.of()));
        BundleWriter.Written signedWithNew = kaur.export();

        assertThatThrownBy(() -> hq.bundles.verify(signedWithNew.file())).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("bundle.verify.keyNotPinned");
        ImportResult r = importAtHq(signedWithNew.file(), announcing.file());

        assertThat(r.ok()).isTrue();
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.rotations()).singleElement().extracting(ImportResult.Rotation::newFingerprint)
                .isEqualTo(next.fingerprint());
        assertThat(hq.bundles.verify(signedWithNew.file()).items()).hasSize(1);
    }

    @Test
    void onlyAdminsImportAndTrustAndOnlyReviewersOrAdminsExport() {
        var writer = new id.humasdesk.model.User(java.util.UUID.randomUUID(), "penulis9", "Penulis",
                Set.of(id.humasdesk.model.Role.WRITER), true);
        assertThatThrownBy(() -> kaur.bundles.export(writer, ExportSelection.SINCE_LAST, null,
                BundleWriter.Progress.NONE)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> hq.bundles.importBundles(writer, List.of(tmp))).isInstanceOf(UserFacingException.class);
    }
}
