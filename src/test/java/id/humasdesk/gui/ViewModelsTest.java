package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.editor.EditorViewModel;
import id.humasdesk.gui.editor.Wording;
import id.humasdesk.gui.library.LibraryViewModel;
import id.humasdesk.gui.login.LoginViewModel;
import id.humasdesk.gui.setup.SetupViewModel;
import id.humasdesk.gui.shell.Screens;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.ContentIssue;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.Province;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import id.humasdesk.support.TestOffice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View models driven without a toolkit: a same-thread executor and a real data directory. */
class ViewModelsTest {
    @TempDir
    Path dir;
    TestOffice office;
    final Messages m = new Messages(Messages.INDONESIAN);
    final TaskExecutor now = TaskExecutor.sameThread();
    final List<Throwable> errors = new ArrayList<>();
    final Formats formats = new Formats(IndonesianZone.WIB.zoneId(), Messages.INDONESIAN);

    @BeforeEach
    void open() {
        office = new TestOffice(dir.resolve("data"));
    }

    @AfterEach
    void close() throws Exception {
        office.close();
    }

    @Test
    void loginShowsTheErrorInIndonesianAndSignsInWithTheRightPassword() {
        List<User> signedIn = new ArrayList<>();
        LoginViewModel vm = new LoginViewModel(now, m, "", signedIn::add);
        vm.usernameProperty().set("rina");
        vm.passwordProperty().set("salah");
        assertThat(vm.canSubmitProperty().get()).as("not before the database is open").isFalse();
        vm.connected(office.services.accounts(), office.services.accounts().office().orElseThrow());
        assertThat(vm.officeNameProperty().get()).isEqualTo("Bawaslu Kabupaten Kaur");
        vm.submit();
        assertThat(vm.errorProperty().get()).startsWith("Nama pengguna atau kata sandi salah.");
        assertThat(vm.passwordProperty().get()).as("password field cleared").isEmpty();
        vm.passwordProperty().set(TestOffice.PASSWORD);
        vm.submit();
        assertThat(signedIn).extracting(User::username).containsExactly("rina");
    }

    @Test
    void setupWizardSuggestsCodeAndZoneAndValidatesEachStep() throws Exception {
        List<User> done = new ArrayList<>();
        SetupViewModel vm = new SetupViewModel(now, m, done::add);
        vm.officeNameProperty().set("Bawaslu Kota Denpasar");
        assertThat(vm.officeCodeProperty().get()).isEqualTo("DENPASAR");
        vm.provinceProperty().set(Province.BALI);
        assertThat(vm.zoneProperty().get()).isEqualTo(IndonesianZone.WITA);
        vm.zoneProperty().set(IndonesianZone.WIB);
        vm.provinceProperty().set(Province.PAPUA);
        assertThat(vm.zoneProperty().get()).as("a zone the user chose stays").isEqualTo(IndonesianZone.WIB);
        vm.officeCodeProperty().set("DPS");
        vm.officeNameProperty().set("Bawaslu Kota Denpasar Baru");
        assertThat(vm.officeCodeProperty().get()).as("a code the user typed stays").isEqualTo("DPS");
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(SetupViewModel.ADMIN_STEP);
        vm.adminUsernameProperty().set("admin");
        vm.adminFullNameProperty().set("Ketut Admin");
        vm.passwordProperty().set("rahasia-kantor");
        vm.passwordRepeatProperty().set("rahasia-lain");
        vm.finish();
        assertThat(vm.errorProperty().get()).contains("Kedua kata sandi tidak sama.");
        assertThat(done).isEmpty();
        try (var fresh = id.humasdesk.app.Wiring.open(dir.resolve("fresh"), java.time.Clock.systemUTC())) {
            vm.connected(fresh.accounts());
            vm.passwordRepeatProperty().set("rahasia-kantor");
            vm.finish();
            assertThat(done).extracting(User::username).containsExactly("admin");
            assertThat(fresh.accounts().office().orElseThrow().zone()).isEqualTo(IndonesianZone.WIB.zoneId());
        }
    }

    @Test
    void emptyOfficeNameKeepsTheWizardOnTheFirstStep() {
        SetupViewModel vm = new SetupViewModel(now, m, u -> { });
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(SetupViewModel.OFFICE_STEP);
        assertThat(vm.errorProperty().get()).contains("Nama kantor wajib diisi.").contains("Pilih provinsi kantor.");
    }

    @Test
    void libraryFiltersByStatusInTheDatabaseAndByTextThroughTheSearchIndex() throws Exception {
        office.services.settings().put(id.humasdesk.logic.demo.DemoGenerator.DEMO_OFFICE, "true");
        office.services.demo().generate(300, 11, n -> { });
        assertThat(office.services.search().awaitCaughtUp(java.time.Duration.ofSeconds(60))).isTrue();
        LibraryViewModel vm = new LibraryViewModel(Screens.libraryDeps(office.services), now, m, errors::add);
        vm.reload();
        assertThat(vm.rows()).hasSize(300);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).startsWith("300 dari 300 rilis").contains("Draf");
        vm.statusProperty().set(ReleaseStatus.PUBLISHED);
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.status() == ReleaseStatus.PUBLISHED);
        vm.statusProperty().set(null);
        vm.textProperty().set("netralitas");
        vm.applyText();
        int withWord = vm.rows().size();
        assertThat(withWord).isBetween(1, 299);
        assertThat(vm.rankedProperty().get()).as("ranked by the index").isTrue();
        assertThat(vm.snippets().get(vm.rows().get(0).id()).context().matchedWords())
                .allMatch(w -> w.toLowerCase(java.util.Locale.ROOT).startsWith("netral"));
        vm.statusProperty().set(ReleaseStatus.DRAFT);
        assertThat(vm.rows()).as("the index applies the status too").isNotEmpty()
                .allMatch(r -> r.status() == ReleaseStatus.DRAFT).hasSizeLessThan(withWord);
        vm.statusProperty().set(null);
        vm.textProperty().set("kata-yang-tidak-ada-di-mana-pun");
        vm.applyText();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("Tidak ada rilis yang cocok.");
        assertThat(errors).isEmpty();
    }

    @Test
    void deleteMovesADraftToTheTrashAndUndoRestoresIt() {
        EditorViewModel editor = editor(office.writer);
        editor.startNew(ReleaseType.BERITA_KEGIATAN);
        editor.headlineProperty().set("Draf yang akan dibuang");
        editor.save();
        LibraryViewModel vm = new LibraryViewModel(Screens.libraryDeps(office.services), now, m, errors::add);
        vm.reload();
        var row = vm.rows().get(0);
        vm.trash(office.writer, row);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.lastTrashedProperty().get()).isEqualTo(row);
        vm.undoTrash(office.writer);
        assertThat(vm.rows()).extracting(r -> r.headline()).containsExactly("Draf yang akan dibuang");
    }

    private EditorViewModel editor(User user) {
        return new EditorViewModel(Screens.editorDeps(office.services), now, new Wording(m, formats), user, errors::add, r -> { });
    }

    @Test
    void editorCountsValidatesAndSavesRevisions() {
        List<Release> saved = new ArrayList<>();
        EditorViewModel vm = new EditorViewModel(Screens.editorDeps(office.services), now, new Wording(m, formats), office.writer, errors::add,
                saved::add);
        vm.startNew(ReleaseType.SIARAN_PERS);
        assertThat(vm.dirtyProperty().get()).as("an untouched template has nothing to save").isFalse();
        assertThat(vm.issue(ContentIssue.Field.HEADLINE).get()).isEqualTo("Judul wajib diisi.");
        vm.headlineProperty().set("Bawaslu Kaur Ajak Pemilih Pemula Awasi Kampanye");
        vm.leadProperty().set("Bawaslu Kabupaten Kaur mengajak pemilih pemula mengawasi kampanye.");
        vm.bodyProperty().set("Paragraf satu.\n\nParagraf dua.\nParagraf tiga.");
        assertThat(vm.issue(ContentIssue.Field.HEADLINE).get()).isEmpty();
        assertThat(vm.wordsProperty().get()).isEqualTo(7 + 8 + 6);
        assertThat(vm.content().paragraphs()).containsExactly("Paragraf satu.", "Paragraf dua.", "Paragraf tiga.");
        vm.save();
        assertThat(errors).isEmpty();
        assertThat(saved).hasSize(1);
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("001/HUMAS/KAUR/XI/2026");
        vm.headlineProperty().set(vm.headlineProperty().get() + "!");
        assertThat(vm.titleProperty().get()).endsWith(" *");
        vm.headlineProperty().set(vm.headlineProperty().get().replace("!", ""));
        assertThat(vm.dirtyProperty().get()).as("typing and deleting again leaves nothing to save").isFalse();
        vm.tagsProperty().set("kampanye, pemilih pemula");
        vm.save();
        assertThat(office.services.drafts().revisions(saved.get(0).id())).hasSize(2);
    }

    @Test
    void autosaveWritesARecoveryThatAReopenedEditorRestores() {
        EditorViewModel vm = editor(office.writer);
        vm.startNew(ReleaseType.BERITA_KEGIATAN);
        vm.headlineProperty().set("Teks yang belum disimpan");
        vm.autosaveTick();
        assertThat(vm.savedNoteProperty().get()).startsWith("Draf cadangan tersimpan otomatis pukul");
        var pending = office.services.drafts().pendingRecoveries(office.writer);
        assertThat(pending).singleElement().satisfies(r ->
                assertThat(r.content().headline()).isEqualTo("Teks yang belum disimpan"));
        EditorViewModel restored = new EditorViewModel(Screens.editorDeps(office.services), now, new Wording(m, formats), office.writer, errors::add,
                r -> { });
        restored.recover(pending.get(0));
        assertThat(restored.headlineProperty().get()).isEqualTo("Teks yang belum disimpan");
        assertThat(restored.dirtyProperty().get()).isTrue();
        restored.headlineProperty().set("Teks yang belum disimpan, dilanjutkan");
        restored.autosaveTick();
        assertThat(office.services.drafts().pendingRecoveries(office.writer))
                .as("the restored editor keeps writing to the record it restored, so a second crash offers one")
                .singleElement().satisfies(r -> assertThat(r.content().headline()).endsWith("dilanjutkan"));
        restored.save();
        assertThat(office.services.drafts().pendingRecoveries(office.writer)).as("saving clears the recovery")
                .isEmpty();
    }

    @Test
    void aSlowAutosaveIsNotQueuedBehindByStaleOnesAndTheNextTickWritesTheNewestText() throws Exception {
        List<Runnable> held = new ArrayList<>();
        boolean[] hold = {false};
        TaskExecutor slowDisk = new TaskExecutor() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                    java.util.function.Consumer<Throwable> onFailure) {
                Runnable task = () -> now.run(work, onSuccess, onFailure);
                if (hold[0]) {
                    held.add(task);
                } else {
                    task.run();
                }
            }

            @Override
            public void onFx(Runnable r) {
                r.run();
            }

            @Override
            public void finish(Runnable last, Runnable then) {
                now.finish(last, then);
            }
        };
        EditorViewModel vm = new EditorViewModel(Screens.editorDeps(office.services), slowDisk, new Wording(m, formats), office.writer, errors::add,
                r -> { });
        vm.startNew(ReleaseType.BERITA_KEGIATAN);
        hold[0] = true;
        vm.headlineProperty().set("Satu");
        vm.autosaveTick();
        vm.headlineProperty().set("Satu dua");
        vm.autosaveTick();
        vm.headlineProperty().set("Satu dua tiga");
        vm.autosaveTick();
        assertThat(held).as("ticks while a save is on the disk wait for it instead of queueing old text").hasSize(1);
        hold[0] = false;
        held.remove(0).run();
        vm.autosaveTick();
        assertThat(office.services.drafts().pendingRecoveries(office.writer)).singleElement()
                .satisfies(r -> assertThat(r.content().headline()).isEqualTo("Satu dua tiga"));
        assertThat(errors).isEmpty();
    }

    @Test
    void importTextFillsFieldsFromAWindowsFile() throws Exception {
        EditorViewModel vm = editor(office.writer);
        vm.startNew(ReleaseType.BERITA_KEGIATAN);
        Path file = dir.resolve("rilis.txt");
        Files.write(file, "Bawaslu Gelar Apel Siaga\r\nKaur, Bawaslu Kabupaten Kaur – Apel siaga digelar di halaman kantor.\r\nPeserta hadir lengkap.\r\nTim Humas Bawaslu Kaur\r\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        vm.importTextFile(file);
        assertThat(vm.headlineProperty().get()).isEqualTo("Bawaslu Gelar Apel Siaga");
        assertThat(vm.datelinePlaceProperty().get()).isEqualTo("Kaur");
        assertThat(vm.leadProperty().get()).isEqualTo("Apel siaga digelar di halaman kantor.");
        assertThat(vm.closingProperty().get()).isEqualTo("Tim Humas Bawaslu Kaur");
        vm.importTextFile(dir.resolve("tidak-ada.txt"));
        assertThat(errors).singleElement().satisfies(e -> assertThat(m.describe(e)).contains("tidak-ada.txt"));
    }

    @Test
    void importTextIsRefusedWhileTheEditorIsReadOnly() {
        var d = office.services.drafts();
        var r = d.create(office.writer, ReleaseType.BERITA_KEGIATAN, d.template(office.writer,
                ReleaseType.BERITA_KEGIATAN).withHeadline("Apel Siaga"));
        EditorViewModel colleague = editor(office.writer2);
        colleague.open(r.id());
        assertThat(colleague.editableProperty().get()).as("a colleague's draft opens read-only").isFalse();
        colleague.importText("Judul Lain\nKaur, Bawaslu Kabupaten Kaur – Teks lain.\n");
        assertThat(colleague.headlineProperty().get()).isEqualTo("Apel Siaga");
        assertThat(errors).singleElement().satisfies(e -> assertThat(((id.humasdesk.model.UserFacingException) e)
                .messageKey()).isEqualTo("editor.importReadOnly"));
    }

    @Test
    void photoTooLargeIsReportedAndNothingIsAdded() throws Exception {
        EditorViewModel vm = editor(office.writer);
        vm.startNew(ReleaseType.BERITA_KEGIATAN);
        Path notPhoto = Files.writeString(dir.resolve("foto.jpg"), "bukan gambar");
        vm.addPhoto(notPhoto);
        assertThat(vm.photos()).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> assertThat(m.describe(e))
                .isEqualTo("Berkas foto.jpg bukan foto JPEG atau PNG."));
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
