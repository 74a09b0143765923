package id.humasdesk.logic.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.library.LibraryFilter;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EveryStore
class DraftServiceTest {
    @TempDir
    Path dir;
    TestOffice office;
    DraftService drafts;

    @BeforeEach
    void open() {
        office = new TestOffice(dir);
        drafts = office.services.drafts();
    }

    @AfterEach
    void close() throws Exception {
        office.close();
    }

    private ReleaseContent content(String headline) {
        return drafts.template(office.writer, ReleaseType.BERITA_KEGIATAN).withHeadline(headline)
                .withParagraphs(List.of("Paragraf pertama."));
    }

    @Test
    void templatePrefillsDatelineClosingAndAuthor() {
        ReleaseContent c = drafts.template(office.writer, ReleaseType.SIARAN_PERS);
        assertThat(c.datelinePlace()).isEqualTo("Kaur");
        assertThat(c.datelineDate()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(c.closing()).isEqualTo("Tim Humas Bawaslu Kabupaten Kaur");
        assertThat(c.authorLine()).isEqualTo("Rina Marlina");
        assertThat(c.contactPerson()).startsWith("Narahubung");
        assertThat(drafts.template(office.writer, ReleaseType.KLARIFIKASI).paragraphs()).isNotEmpty();
    }

    @Test
    void releaseNumbersCountUpPerOfficeAndYear() {
        Release a = drafts.create(office.writer, ReleaseType.BERITA_KEGIATAN, content("Satu"));
        Release b = drafts.create(office.writer2, ReleaseType.SIARAN_PERS, content("Dua"));
        assertThat(a.number()).isEqualTo("001/HUMAS/KAUR/XI/2026");
        assertThat(b.number()).isEqualTo("002/HUMAS/KAUR/XI/2026");
        office.clock.advance(Duration.ofDays(40));
        assertThat(drafts.create(office.writer, ReleaseType.PENGUMUMAN, content("Tiga")).number())
                .isEqualTo("001/HUMAS/KAUR/I/2027");
    }

    @Test
    void everySaveIsARevisionKeptInOrder() {
        Release r = drafts.create(office.writer, ReleaseType.BERITA_KEGIATAN, content("Versi satu"));
        office.clock.advance(Duration.ofMinutes(5));
        Release r2 = drafts.save(office.writer, r.id(), r.version(), r.content().withHeadline("Versi dua"));
        Release r3 = drafts.save(office.writer, r.id(), r2.version(), r2.content().withHeadline("Versi tiga"));
        assertThat(r3.version()).isEqualTo(3);
        assertThat(drafts.revisions(r.id())).extracting(rev -> rev.content().headline())
                .containsExactly("Versi satu", "Versi dua", "Versi tiga");
        assertThat(drafts.load(r.id()).content().headline()).isEqualTo("Versi tiga");
        assertThat(drafts.save(office.writer, r.id(), r3.version(), r3.content())).as("unchanged: no revision")
                .isEqualTo(r3);
        assertThat(drafts.revisions(r.id())).hasSize(3);
    }

    @Test
    void staleVersionIsAConflictAndNothingIsOverwritten() {
        Release r = drafts.create(office.writer, ReleaseType.BERITA_KEGIATAN, content("Awal"));
        drafts.save(office.reviewer, r.id(), r.version(), r.content().withHeadline("Oleh penyunting"));
        assertThatThrownBy(() -> drafts.save(office.writer, r.id(), r.version(), r.content().withHeadline("Oleh penulis")))
                .isInstanceOf(ConflictException.class);
        assertThat(drafts.load(r.id()).content().headline()).isEqualTo("Oleh penyunting");
    }

    @Test
    void otherWritersCannotEditSomeoneElsesDraft() {
        Release r = drafts.create(office.writer, ReleaseType.BERITA_KEGIATAN, content("Milik Rina"));
        assertThatThrownBy(() -> drafts.save(office.writer2, r.id(), r.version(), r.content().withHeadline("Fajar")))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.release.notYours");
    }

    @Test
    void headlineIsTheMinimumToSave() {
        assertThatThrownBy(() -> drafts.create(office.writer, ReleaseType.BERITA_KEGIATAN, ReleaseContent.empty()))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("validation.headline.required");
    }

    @Test
    void trashOnlyDraftsAndUndoBringsThemBack() {
        Release r = drafts.create(office.writer, ReleaseType.BERITA_KEGIATAN, content("Akan dibuang"));
        var library = office.services.library();
        assertThat(library.count(LibraryFilter.ALL)).isEqualTo(1);
        assertThatThrownBy(() -> drafts.trash(office.writer2, r.id()))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.release.notYours");
        drafts.trash(office.writer, r.id());
        assertThat(library.count(LibraryFilter.ALL)).isZero();
        assertThat(library.count(new LibraryFilter(null, null, null, "", true))).isEqualTo(1);
        assertThatThrownBy(() -> drafts.save(office.writer, r.id(), r.version() + 1, r.content()))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.release.inTrash");
        drafts.restore(office.writer, r.id());
        assertThat(library.count(LibraryFilter.ALL)).isEqualTo(1);
    }

    @Test
    void releasesBeyondDraftCannotBeTrashed() {
        office.services.settings().put(id.humasdesk.logic.demo.DemoGenerator.DEMO_OFFICE, "true");
        office.services.demo().generate(40, 7, n -> { });
        var rows = office.services.library().firstPage(LibraryFilter.ALL, 100);
        var published = rows.stream().filter(s -> s.status() == ReleaseStatus.PUBLISHED).findFirst().orElseThrow();
        assertThatThrownBy(() -> drafts.trash(office.admin, published.id()))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.release.trashOnlyDrafts");
    }

    @Test
    void autosavedContentSurvivesUntilSavedOrDiscarded() {
        var id = java.util.UUID.randomUUID();
        drafts.autosave(office.writer, new Recovery(id, office.writer.id(), null, ReleaseType.BERITA_KEGIATAN,
                content("Belum disimpan"), office.clock.instant()));
        drafts.autosave(office.writer, new Recovery(id, office.writer.id(), null, ReleaseType.BERITA_KEGIATAN,
                content("Belum disimpan, lebih panjang"), office.clock.instant()));
        assertThat(drafts.pendingRecoveries(office.writer)).singleElement()
                .satisfies(r -> assertThat(r.content().headline()).isEqualTo("Belum disimpan, lebih panjang"));
        assertThat(drafts.pendingRecoveries(office.writer2)).isEmpty();
        assertThatThrownBy(() -> drafts.autosave(office.writer2, new Recovery(id, office.writer.id(), null,
                ReleaseType.BERITA_KEGIATAN, content("x"), office.clock.instant())))
                .isInstanceOf(UserFacingException.class);
        drafts.discardRecovery(id);
        assertThat(drafts.pendingRecoveries(office.writer)).isEmpty();
    }

    @Test
    void adminsChangeTheNumberFormatAndTheNextReleaseUsesIt() {
        var numbering = drafts.numbering();
        assertThatThrownBy(() -> numbering.save(office.writer, "{seq}/X"))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.auth.roleRequired");
        assertThatThrownBy(() -> numbering.save(office.admin, "HUMAS/{year}"))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.numberFormat.noSequence");
        drafts.create(office.writer, ReleaseType.BERITA_KEGIATAN, content("Pertama"));
        numbering.save(office.admin, "{type}.{seq:4}/{office}/{year}");
        assertThat(drafts.create(office.writer, ReleaseType.SIARAN_PERS, content("Kedua")).number())
                .isEqualTo("SP.0002/KAUR/2026");
    }
}
