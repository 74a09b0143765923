package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.checklist.ChecklistSettingsViewModel;
import id.humasdesk.gui.common.Formats;
import id.humasdesk.gui.common.TaskExecutor;
import id.humasdesk.gui.editor.EditorViewModel;
import id.humasdesk.gui.editor.SpellingViewModel;
import id.humasdesk.gui.editor.Wording;
import id.humasdesk.gui.shell.Screens;
import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.check.ChecklistRule;
import id.humasdesk.logic.check.Finding;
import id.humasdesk.logic.check.FindingKind;
import id.humasdesk.logic.check.RuleLevel;
import id.humasdesk.logic.check.RuleResult;
import id.humasdesk.logic.check.RuleStatus;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.IndonesianZone;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Transition;
import id.humasdesk.model.User;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing checks and the checklist in the editor, driven without a toolkit. */
class EditorChecksTest {
    private static final String BODY = "Bawaslu Gelar Kosolidasi Pengelola Kehumasan untuk meningkatkan efektifitas kerja.";

    @TempDir
    Path dir;
    TestOffice office;
    final Messages m = new Messages(Messages.INDONESIAN);
    final List<Throwable> errors = new ArrayList<>();
    final Formats formats = new Formats(IndonesianZone.WIB.zoneId(), Messages.INDONESIAN);

    @BeforeEach
    void open() {
        office = new TestOffice(dir);
    }

    @AfterEach
    void close() {
        office.close();
    }

    private EditorViewModel editor(User user, TaskExecutor executor) {
        return new EditorViewModel(Screens.editorDeps(office.services), executor, new Wording(m, formats), user, errors::add, r -> { });
    }

    private EditorViewModel newDraft(User user) {
        EditorViewModel vm = editor(user, TaskExecutor.sameThread());
        vm.startNew(ReleaseType.BERITA_KEGIATAN);
        return vm;
    }

    private static List<Finding> body(EditorViewModel vm) {
        vm.spelling().check(CheckField.BODY);
        return vm.spelling().findingsProperty(CheckField.BODY).get().findings();
    }

    private static Finding only(List<Finding> findings, String word) {
        return findings.stream().filter(f -> f.word().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void misspelledAndNonStandardWordsAreFoundWithTheirFixesBestFirst() {
        EditorViewModel vm = newDraft(office.writer);
        vm.bodyProperty().set(BODY);
        List<Finding> found = body(vm);
        assertThat(found).extracting(Finding::word, Finding::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Kosolidasi", FindingKind.SPELLING),
                org.assertj.core.groups.Tuple.tuple("efektifitas", FindingKind.NONSTANDARD));
        Finding typo = only(found, "Kosolidasi");
        assertThat(BODY.substring(typo.offset(), typo.end())).as("offsets are those of the editor text")
                .isEqualTo("Kosolidasi");
        List<List<String>> suggestions = new ArrayList<>();
        vm.spelling().suggestions(typo, suggestions::add);
        assertThat(suggestions).singleElement().satisfies(s -> assertThat(s).first().isEqualTo("Konsolidasi"));
        vm.spelling().suggestions(only(found, "efektifitas"), suggestions::add);
        assertThat(suggestions.get(1)).containsExactly("efektivitas");
        assertThat(vm.spelling().findings()).as("the Periksa tab lists them too").hasSize(2);
        assertThat(errors).isEmpty();
    }

    @Test
    void aResultForTextThatChangedMeanwhileIsDropped() {
        Deferred later = new Deferred();
        EditorViewModel vm = editor(office.writer, later);
        vm.startNew(ReleaseType.BERITA_KEGIATAN);
        later.runAll();
        vm.bodyProperty().set("Rapat kosolidasi data.");
        vm.spelling().check(CheckField.BODY);
        vm.bodyProperty().set("Rapat konsolidasi data.");
        vm.spelling().check(CheckField.BODY);
        later.runNewestFirst();
        assertThat(vm.spelling().findingsProperty(CheckField.BODY).get().text()).isEqualTo("Rapat konsolidasi data.");
        assertThat(vm.spelling().findingsProperty(CheckField.BODY).get().findings()).isEmpty();

        vm.bodyProperty().set("Rapat kosolidasi data.");
        vm.spelling().check(CheckField.BODY);
        vm.bodyProperty().set("Rapat kosolidasi data pemilih.");
        later.runAll();
        assertThat(vm.spelling().findingsProperty(CheckField.BODY).get().text())
                .as("typed on before the check came back: the old underlines are not moved onto new text")
                .isEqualTo("Rapat konsolidasi data.");
        assertThat(errors).isEmpty();
    }

    @Test
    void ignoringInAnUnsavedDraftHoldsUntilTheFirstSaveAndIsThenStored() {
        EditorViewModel vm = newDraft(office.writer);
        vm.headlineProperty().set("Rapat Koordinasi Pengawasan");
        vm.bodyProperty().set("Rapat kosolidasi data pemilih.");
        Finding typo = only(body(vm), "kosolidasi");
        vm.spelling().ignore(typo);
        assertThat(vm.spelling().findingsProperty(CheckField.BODY).get().findings()).isEmpty();
        vm.save();
        Release saved = vm.releaseProperty().get();
        assertThat(office.services.writing().ignored(saved.id())).containsExactly("kosolidasi");

        EditorViewModel again = editor(office.writer, TaskExecutor.sameThread());
        again.open(saved.id());
        assertThat(body(again)).as("ignored in this release when opened again").isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void addingToTheDictionaryClearsTheWordForEveryWriterOfTheOffice() {
        EditorViewModel rina = newDraft(office.writer);
        rina.bodyProperty().set("Petugas diminta gercep menindaklanjuti laporan.");
        Finding word = only(body(rina), "gercep");
        assertThat(SpellingViewModel.canAddToDictionary(word)).isTrue();
        rina.spelling().addToDictionary(word);
        assertThat(body(rina)).isEmpty();
        EditorViewModel fajar = newDraft(office.writer2);
        fajar.bodyProperty().set("Laporan ditangani secara gercep.");
        assertThat(body(fajar)).isEmpty();
        assertThat(office.services.writing().officeWords()).contains("gercep");
        assertThat(errors).isEmpty();
    }

    @Test
    void aFixIsAppliedOnlyWhereTheWordStillStands() {
        EditorViewModel vm = newDraft(office.writer);
        vm.bodyProperty().set("Rapat kosolidasi data.");
        Finding typo = only(body(vm), "kosolidasi");
        assertThat(SpellingViewModel.stillThere(typo, "Rapat kosolidasi data.")).isTrue();
        assertThat(SpellingViewModel.stillThere(typo, "Rapat konsolidasi data.")).isFalse();
        assertThat(SpellingViewModel.stillThere(typo, "Rapat")).isFalse();
    }

    @Test
    void submitRefusedByTheChecklistShowsTheFailedRulesNotAnError() {
        EditorViewModel vm = newDraft(office.writer);
        vm.headlineProperty().set("BAWASLU KAUR GELAR RAPAT KOORDINASI");
        vm.leadProperty().set("Bawaslu Kabupaten Kaur menggelar rapat koordinasi di aula kantor pada Senin (23/11).");
        vm.bodyProperty().set("Rapat dihadiri seluruh Panwaslu Kecamatan.");
        vm.save();
        RuleResult caps = rule(vm, ChecklistRule.HEADLINE_NOT_ALL_CAPS);
        assertThat(caps.status()).isEqualTo(RuleStatus.FAILED);
        assertThat(vm.checklist().reasons(caps))
                .containsExactly("Judul tidak boleh ditulis seluruhnya dengan huruf kapital.");
        assertThat(vm.checklist().summaryProperty().get()).startsWith("1 syarat wajib");

        vm.review().move(Transition.SUBMIT, "");
        assertThat(errors).as("no bare error dialog").isEmpty();
        assertThat(vm.checklist().refusalProperty().get()).isEqualTo(
                "Rilis belum dapat diajukan atau disetujui karena 1 syarat wajib dalam daftar periksa belum terpenuhi."
                + "\n• Judul tidak seluruhnya berhuruf kapital"
                + "\n   Judul tidak boleh ditulis seluruhnya dengan huruf kapital.");
        assertThat(vm.checklist().rules()).filteredOn(RuleResult::blocks).extracting(RuleResult::rule)
                .containsExactly(ChecklistRule.HEADLINE_NOT_ALL_CAPS);

        vm.headlineProperty().set("Bawaslu Kaur Gelar Rapat Koordinasi");
        vm.save();
        assertThat(vm.checklist().refusalProperty().get()).as("cleared once the checklist passes").isEmpty();
        vm.review().move(Transition.SUBMIT, "");
        assertThat(vm.releaseProperty().get().status()).isEqualTo(ReleaseStatus.IN_REVIEW);
        assertThat(errors).isEmpty();
    }

    @Test
    void theChecklistFollowsTheTextBeforeItIsSaved() {
        EditorViewModel vm = newDraft(office.writer);
        assertThat(rule(vm, ChecklistRule.HEADLINE_PRESENT).status()).isEqualTo(RuleStatus.FAILED);
        vm.headlineProperty().set("Bawaslu Kaur Gelar Apel Siaga");
        vm.refreshChecks();
        assertThat(rule(vm, ChecklistRule.HEADLINE_PRESENT).status()).isEqualTo(RuleStatus.PASSED);
    }

    private static RuleResult rule(EditorViewModel vm, ChecklistRule r) {
        return vm.checklist().rules().stream().filter(x -> x.rule() == r).findFirst().orElseThrow();
    }

    @Test
    void anAdministratorSetsRuleLevelsAndTheHeadlineLimit() {
        ChecklistSettingsViewModel vm = new ChecklistSettingsViewModel(office.services.checklist(), TaskExecutor.sameThread(), m,
                office.admin);
        vm.load();
        assertThat(vm.levelProperty(ChecklistRule.HEADLINE_LENGTH).get()).isEqualTo(RuleLevel.RECOMMENDED);
        assertThat(vm.headlineMaxProperty().get()).isEqualTo("100");
        vm.levelProperty(ChecklistRule.HEADLINE_LENGTH).set(RuleLevel.REQUIRED);
        vm.levelProperty(ChecklistRule.LEAD_NAMES_FACTS).set(RuleLevel.OFF);
        vm.headlineMaxProperty().set("10");
        List<String> done = new ArrayList<>();
        vm.save(() -> done.add("saved"));
        assertThat(vm.errorProperty().get()).isEqualTo("Panjang maksimum judul harus antara 20 dan 150 karakter.");
        assertThat(done).isEmpty();
        vm.headlineMaxProperty().set("80");
        vm.save(() -> done.add("saved"));
        assertThat(done).containsExactly("saved");
        var stored = office.services.checklist().settings();
        assertThat(stored.level(ChecklistRule.HEADLINE_LENGTH)).isEqualTo(RuleLevel.REQUIRED);
        assertThat(stored.level(ChecklistRule.LEAD_NAMES_FACTS)).isEqualTo(RuleLevel.OFF);
        assertThat(stored.headlineMaxLength()).isEqualTo(80);

        ChecklistSettingsViewModel writer = new ChecklistSettingsViewModel(office.services.checklist(),
                TaskExecutor.sameThread(), m, office.writer);
        writer.load();
        writer.levelProperty(ChecklistRule.HEADLINE_LENGTH).set(RuleLevel.OFF);
        writer.save(() -> done.add("writer"));
        assertThat(done).as("only an administrator may save").containsExactly("saved");
        assertThat(writer.errorProperty().get()).isNotEmpty();
        assertThat(office.services.checklist().settings().level(ChecklistRule.HEADLINE_LENGTH))
                .isEqualTo(RuleLevel.REQUIRED);
    }

    /** Holds background work until the test releases it, in the order the test chooses. */
    private static final class Deferred implements TaskExecutor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            tasks.add(() -> TaskExecutor.sameThread().run(work, onSuccess, onFailure));
        }

        @Override
        public void onFx(Runnable r) {
            r.run();
        }

        @Override
        public void finish(Runnable last, Runnable then) {
            last.run();
            then.run();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.removeFirst().run();
            }
        }

        void runNewestFirst() {
            while (!tasks.isEmpty()) {
                tasks.removeLast().run();
            }
        }
    }
}
