package id.humasdesk.gui.hq;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.app.Wiring;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.shell.Screens;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.bundle.BundleInbox;
import id.humasdesk.logic.bundle.BundleWriter;
import id.humasdesk.logic.bundle.ExportSelection;
import id.humasdesk.logic.bundle.ImportResult;
import id.humasdesk.logic.bundle.InboxRepository.OfficeRow;
import id.humasdesk.logic.bundle.InboxRepository.ReleaseRow;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.demo.DemoGenerator;
import id.humasdesk.logic.schedule.PlanRequest;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Channel;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox view model over real bundles: two offices (a regency in Bengkulu and a city in Bali)
 * export signed bundles, headquarters trusts their keys and imports them into its own H2 file.
 * The three data directories are built once for the class (seconds of work); each test makes a
 * fresh view model and asserts nothing another test's changes could upset.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HqViewModelTest {
    static final char[] PASSWORD = DemoGenerator.DEMO_PASSWORD.toCharArray();
    static final Office DENPASAR = new Office("DENPASAR", "Bawaslu Kota Denpasar", OfficeLevel.KOTA, Province.BALI,
            Province.BALI.zone().zoneId());
    static final Office RI = new Office("RI", "Bawaslu Republik Indonesia", OfficeLevel.PUSAT, null,
            IndonesianZone.WIB.zoneId());

    @TempDir
    static Path tmp;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));
    final Messages m = new Messages(Messages.INDONESIAN);
    final List<Throwable> errors = new ArrayList<>();
    Services kaur;
    Services denpasar;
    Services hq;
    User kaurAdmin;
    User hqAdmin;
    Release embargoed;
    Instant embargo;
    HqViewModel vm;

    @BeforeAll
    void exchangeBundles() {
        kaur = Wiring.open(tmp.resolve("kaur"), clock);
        kaur.demo().generate(60, 11, n -> { });
        kaurAdmin = kaur.accounts().login("admin", PASSWORD);
        denpasar = Wiring.open(tmp.resolve("denpasar"), clock);
        denpasar.accounts().setUp(new OfficeSetup(DENPASAR, "admin", "Admin Denpasar", PASSWORD));
        denpasar.settings().put(id.humasdesk.logic.demo.DemoGenerator.DEMO_OFFICE, "true");
        denpasar.demo().generate(30, 12, n -> { });
        User dpsAdmin = denpasar.accounts().login("admin", PASSWORD);
        hq = Wiring.open(tmp.resolve("hq"), clock);
        hqAdmin = hq.accounts().setUp(new OfficeSetup(RI, "admin", "Admin Pusat", PASSWORD));

        Release approved = kaur.bundles().preview(kaurAdmin, ExportSelection.SINCE_LAST).stream()
                .filter(r -> r.status() == ReleaseStatus.APPROVED).findFirst().orElseThrow();
        Channel web = kaur.schedule().channels().stream().filter(c -> c.code().equals("WEBSITE")).findFirst()
                .orElseThrow();
        LocalDateTime at = LocalDateTime.of(2026, 11, 30, 9, 0);
        embargoed = kaur.schedule().schedule(kaurAdmin, approved.id(), approved.version(),
                List.of(new PlanRequest(web.id(), at, "", at)));
        embargo = at.atZone(kaur.accounts().office().orElseThrow().zone()).toInstant();

        Path k1 = export(kaur, kaurAdmin);
        kaur.demo().generate(5, 13, n -> { });
        export(kaur, kaurAdmin);
        kaur.demo().generate(5, 14, n -> { });
        Path k3 = export(kaur, kaurAdmin);
        Path d1 = export(denpasar, dpsAdmin);
        trust(kaur);
        trust(denpasar);
        ImportResult r = hq.bundles().importBundles(hqAdmin, List.of(k1, k3, d1));
        assertThat(r.ok()).isTrue();
        assertThat(r.gaps()).as("the second Kaur bundle never arrived").hasSize(1);
    }

    @BeforeEach
    void freshViewModel() {
        errors.clear();
        vm = new HqViewModel(Screens.hqDeps(hq), TaskExecutor.sameThread(), m, new Formats(RI.zone(), m.locale()), hqAdmin,
                errors::add);
    }

    private Path export(Services s, User admin) {
        clock.advance(Duration.ofMinutes(5));
        return s.bundles().export(admin, ExportSelection.SINCE_LAST, null, BundleWriter.Progress.NONE).file();
    }

    private void trust(Services office) {
        Path key = tmp.resolve(office.accounts().office().orElseThrow().code() + ".key.json");
        office.bundles().keys().exportPublicKey(office.accounts().office().orElseThrow(), key);
        hq.bundles().trust(hqAdmin, key);
    }

    @AfterAll
    void close() {
        for (Services s : new Services[] {kaur, denpasar, hq}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @Test
    void officesShowLevelProvinceLastBundleCountsAndOpenChainGaps() {
        vm.load();

        assertThat(errors).isEmpty();
        assertThat(vm.offices()).extracting(OfficeRow::code).containsExactly("DENPASAR", "KAUR");
        OfficeRow k = vm.offices().get(1);
        assertThat(k.name()).isEqualTo("Bawaslu Kabupaten Kaur");
        assertThat(vm.levelLabel(k.level())).isEqualTo("Kabupaten");
        assertThat(vm.provinceLabel(k.province())).isEqualTo("Bengkulu");
        assertThat(k.bundles()).isEqualTo(hq.bundles().received(hqAdmin, 100).stream()
                .filter(b -> b.officeCode().equals("KAUR")).count()).isGreaterThanOrEqualTo(2);
        assertThat(k.openGaps()).isEqualTo(1);
        assertThat(k.lastBundleAt()).isEqualTo(hq.bundles().received(hqAdmin, 10).stream()
                .filter(b -> b.officeCode().equals("KAUR")).map(b -> b.createdAt()).max(Instant::compareTo)
                .orElseThrow());
        assertThat(vm.offices().get(0).openGaps()).isZero();
        assertThat(vm.provinceChoices()).containsExactly(null, Province.BENGKULU, Province.BALI);
        assertThat(vm.officesSummaryProperty().get()).isEqualTo("2 kantor, " + (k.bundles() + 1)
                + " bundel diterima, 1 rantai terputus, " + vm.conflicts().size() + " konflik");
    }

    @Test
    void releasesFilterByOfficeProvinceStatusAndWordsOffTheFxThread() {
        vm.load();
        int all = vm.releases().size();
        assertThat(all).isEqualTo(vm.offices().stream().mapToInt(OfficeRow::releases).sum()).isPositive();
        assertThat(vm.summaryProperty().get()).isEqualTo(all + " rilis");
        assertThat(vm.releases()).extracting(ReleaseRow::versionCreated).isSortedAccordingTo((a, b) -> b.compareTo(a));

        vm.provinceProperty().set(Province.BALI);
        assertThat(vm.releases()).isNotEmpty().allSatisfy(r -> assertThat(r.officeCode()).isEqualTo("DENPASAR"));
        vm.provinceProperty().set(null);

        vm.officeProperty().set("KAUR");
        assertThat(vm.releases()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.officeName()).isEqualTo("Bawaslu Kabupaten Kaur");
            assertThat(r.province()).isEqualTo("BENGKULU");
        });
        vm.statusProperty().set(ReleaseStatus.SCHEDULED);
        assertThat(vm.releases()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isEqualTo(ReleaseStatus.SCHEDULED));
        vm.statusProperty().set(null);

        ReleaseRow sample = vm.releases().get(vm.releases().size() / 2);
        String[] headWords = sample.headline().split(" ");
        String fromHeadline = headWords[headWords.length - 1];
        String[] bodyWords = hq.bundles().inbox().open(hqAdmin, sample.id()).item().content().paragraphs().get(0)
                .replaceAll("[^\\p{L} ]", "").split(" ");
        String fromBody = bodyWords[bodyWords.length / 2];
        int kaurOnly = vm.releases().size();
        vm.textProperty().set(fromHeadline.toUpperCase() + "  " + fromBody);
        vm.search();
        assertThat(vm.releases()).contains(sample).hasSizeLessThanOrEqualTo(kaurOnly).allSatisfy(r -> {
            String text = hq.bundles().inbox().open(hqAdmin, r.id()).item().content().searchText();
            assertThat(text).contains(fromHeadline.toLowerCase(), fromBody.toLowerCase());
            assertThat(r.officeCode()).isEqualTo("KAUR");
        });

        vm.textProperty().set("100%_tidak_ada");
        vm.search();
        assertThat(vm.releases()).as("wildcards are literal").isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("0 rilis");
        assertThat(errors).isEmpty();
    }

    @Test
    void anEmbargoedReleaseShowsUntilWhenAndOpensReadOnlyWithItsPlansAndHistory() {
        vm.load();
        ReleaseRow row = vm.releases().stream().filter(r -> r.id().equals(embargoed.id())).findFirst().orElseThrow();

        assertThat(row.pubstatus()).isEqualTo("withheld");
        assertThat(row.embargoed()).isEqualTo(embargo);
        assertThat(vm.publication(row.pubstatus(), row.embargoed())).isEqualTo("Embargo sampai 30 Nov 2026 09.00 WIB");
        assertThat(vm.publicationShort(row.pubstatus(), row.embargoed())).isEqualTo("Embargo sampai 30 Nov 09.00 WIB");
        clock.advance(Duration.ofDays(3));
        assertThat(vm.publication(row.pubstatus(), row.embargoed())).isEqualTo("Embargo berakhir 30 Nov 2026 09.00 WIB");

        List<BundleInbox.Detail> opened = new ArrayList<>();
        vm.open(row, opened::add);
        BundleInbox.Detail d = opened.get(0);
        assertThat(d.item().content()).isEqualTo(embargoed.content());
        assertThat(d.trail().plans()).singleElement().satisfies(p -> {
            assertThat(p.channel()).isEqualTo("WEBSITE");
            assertThat(p.embargoUntil()).isEqualTo(embargo);
            assertThat(p.state()).isEqualTo("PLANNED");
        });
        assertThat(d.trail().history()).extracting(h -> h.action()).containsExactly("SCHEDULE");
        assertThat(ReleaseDocument.plainText(d.item())).startsWith(embargoed.content().headline() + "\n\n");
    }

    @Test
    void aConflictKeptByImportIsListedAndComparedWordByWord() throws Exception {
        Release sent = kaur.drafts().load(embargoed.id());
        // the office restored an old backup and wrote the same version again with other words
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("kaur/db/humasdesk")
                + ";DB_CLOSE_ON_EXIT=FALSE", "humasdesk", "");
                var ps = c.prepareStatement("UPDATE press_release SET content_json = REPLACE(content_json, ?, ?) "
                        + "WHERE id = ?")) {
            ps.setString(1, sent.content().headline());
            ps.setString(2, sent.content().headline() + " (salinan cadangan)");
            ps.setObject(3, sent.id());
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        clock.advance(Duration.ofMinutes(5));
        Path clash = kaur.bundles().export(kaurAdmin, ExportSelection.picked(Set.of(sent.id())), null,
                BundleWriter.Progress.NONE).file();
        assertThat(hq.bundles().importBundles(hqAdmin, List.of(clash)).conflicts()).isEqualTo(1);

        vm.load();
        assertThat(vm.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.officeCode()).isEqualTo("KAUR");
            assertThat(c.heldHeadline()).isEqualTo(sent.content().headline());
            assertThat(c.version()).isEqualTo(c.heldVersion()).isEqualTo(sent.version());
        });
        List<HqViewModel.Comparison> compared = new ArrayList<>();
        vm.compare(vm.conflicts().get(0), compared::add);
        HqViewModel.Comparison c = compared.get(0);
        assertThat(c.pair().held().content().headline()).isEqualTo(sent.content().headline());
        assertThat(c.pair().kept().content().headline()).endsWith("(salinan cadangan)");
        assertThat(c.diffs()).filteredOn(f -> f.changed()).extracting(f -> f.field())
                .containsExactly("editor.headline");
        assertThat(errors).isEmpty();
    }

    @Test
    void onlyReviewersAndAdminsOfCollectingOfficesUseTheInbox() {
        User writer = hq.accounts().addUser(hqAdmin, "penulis", "Penulis Pusat", Set.of(Role.WRITER),
                "rahasia-123".toCharArray());
        Office province = new Office("BENGKULU", "Bawaslu Provinsi Bengkulu", OfficeLevel.PROVINSI, Province.BENGKULU,
                Province.BENGKULU.zone().zoneId());
        Office regency = kaur.accounts().office().orElseThrow();

        assertThat(BundleInbox.mayUse(RI, hqAdmin)).isTrue();
        assertThat(BundleInbox.mayUse(province, hqAdmin)).isTrue();
        assertThat(BundleInbox.mayUse(RI, writer)).isFalse();
        assertThat(BundleInbox.mayUse(regency, kaurAdmin)).isFalse();

        new HqViewModel(Screens.hqDeps(hq), TaskExecutor.sameThread(), m, new Formats(RI.zone(), m.locale()), writer, errors::add)
                .load();
        new HqViewModel(Screens.hqDeps(kaur), TaskExecutor.sameThread(), m, new Formats(RI.zone(), m.locale()), kaurAdmin,
                errors::add).load();
        assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e).isInstanceOf(UserFacingException.class));
        assertThat(errors).extracting(e -> m.describe(e)).contains(
                "Kotak masuk bundel hanya tersedia di kantor yang menghimpun bundel (Bawaslu RI atau Bawaslu "
                        + "Provinsi), sedangkan kantor ini adalah Bawaslu Kabupaten Kaur.");
    }
}
