package id.humasdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.app.Wiring;
import id.humasdesk.logic.account.OfficeSetup;
import id.humasdesk.logic.check.CheckContext;
import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.check.Finding;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.Province;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.StoreBackends;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office word list and per-release ignores live in the H2 file and survive a restart. */
@EveryStore
class WritingCheckStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
    private static final char[] PASSWORD = "rahasia-123".toCharArray();
    private static final String TEXT = "Laporan itu diterima Sementera kemarin sore.";

    @TempDir
    Path dir;

    private User admin;
    private User writer;

    private Services setUp() {
        Services s = Wiring.open(dir, StoreBackends.target(dir), CLOCK);
        Office office = new Office("KAUR", "Bawaslu Kabupaten Kaur", OfficeLevel.KABUPATEN, Province.BENGKULU,
                Province.BENGKULU.zone().zoneId());
        admin = s.accounts().setUp(new OfficeSetup(office, "admin", "Admin Humas", PASSWORD.clone()));
        writer = s.accounts().addUser(admin, "rina", "Rina Marlina", Set.of(Role.WRITER), PASSWORD.clone());
        return s;
    }

    private static List<String> words(Services s, String text) {
        return s.writing().checkText(CheckField.BODY, 0, text, CheckContext.none()).stream().map(Finding::word).toList();
    }

    @Test
    void addToDictionarySurvivesARestartAndOnlyAnAdminRemoves() throws Exception {
        try (Services s = setUp()) {
            assertThat(words(s, TEXT)).containsExactly("Sementera");
            s.writing().addToDictionary(writer, " Sementera ");
            s.writing().addToDictionary(writer, "Sementera");
            assertThat(words(s, TEXT)).isEmpty();
            assertThatThrownBy(() -> s.writing().addToDictionary(writer, "dua kata"))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("check.word.invalid"));
        }
        try (Services s = Wiring.open(dir, StoreBackends.target(dir), CLOCK)) {
            assertThat(s.writing().officeWords()).containsExactly("Sementera");
            assertThat(words(s, TEXT)).isEmpty();
            assertThatThrownBy(() -> s.writing().removeFromDictionary(writer, "Sementera"))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.auth.roleRequired"));
            s.writing().removeFromDictionary(admin, "Sementera");
            assertThat(words(s, TEXT)).containsExactly("Sementera");
        }
    }

    @Test
    void theRepositoryKeepsWordsExactlyAsWrittenAndReportsWhatChanged() {
        try (Database db = Database.open(StoreBackends.target(dir.resolve("raw")))) {
            var repo = new JdbcOfficeWordRepository(db);
            UUID by = UUID.randomUUID();
            assertThat(repo.add("Sementera", by, CLOCK.instant())).isTrue();
            assertThat(repo.add("hidayat", by, CLOCK.instant())).isTrue();
            assertThat(repo.add("Sementera", by, CLOCK.instant())).isFalse();
            assertThat(repo.all()).containsExactly("Sementera", "hidayat");
            assertThat(repo.remove("Sementera")).isTrue();
            assertThat(repo.remove("Sementera")).isFalse();
            assertThat(repo.all()).containsExactly("hidayat");
        }
    }

    @Test
    void ignoredWordsBelongToOneReleaseAndSurviveARestart() throws Exception {
        UUID first;
        UUID second;
        ReleaseContent content = new ReleaseContent("Rapat Pengawasan Kampanye", "", "Kaur", LocalDate.of(2026, 11, 28),
                "Bawaslu Kabupaten Kaur membahas resiko pelanggaran.", List.of("Isi rilis."), List.of(), List.of(), "",
                "", "", "", List.of());
        try (Services s = setUp()) {
            Release r1 = s.drafts().create(writer, ReleaseType.BERITA_KEGIATAN, content);
            Release r2 = s.drafts().create(writer, ReleaseType.BERITA_KEGIATAN, content);
            first = r1.id();
            second = r2.id();
            assertThat(s.writing().check(content, first)).extracting(Finding::word).containsExactly("resiko");
            s.writing().ignore(writer, first, "resiko");
            s.writing().ignore(writer, first, "resiko");
            assertThat(s.writing().check(content, first)).isEmpty();
        }
        try (Services s = Wiring.open(dir, StoreBackends.target(dir), CLOCK)) {
            assertThat(s.writing().ignored(first)).containsExactly("resiko");
            assertThat(s.writing().check(content, first)).isEmpty();
            assertThat(s.writing().check(content, second)).extracting(Finding::word).containsExactly("resiko");
            User w = s.accounts().listUsers(s.accounts().login("admin", PASSWORD.clone())).stream()
                    .filter(u -> u.username().equals("rina")).findFirst().orElseThrow();
            s.writing().unignore(w, first, "resiko");
            assertThat(s.writing().check(content, first)).extracting(Finding::word).containsExactly("resiko");
        }
    }
}
