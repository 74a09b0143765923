package id.humasdesk.logic.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.schedule.PlanRequest;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Transition;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path that changes a release's text, in every status, as its writer (the author) tries it:
 * the same rule holds on all of them. A release past review is never changed in place, and text
 * nobody saved never becomes a revision of an approved, scheduled or published release.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditRightsTest {
    @TempDir
    static Path dir;
    TestOffice office;
    Services s;

    enum EditPath { LEASE, AUTOSAVE, SAVE, RESTORE_REVISION, TAKE_OVER }

    @BeforeAll
    void open() {
        office = new TestOffice(dir);
        s = office.services;
    }

    @AfterAll
    void close() {
        office.close();
    }

    private static String key(Throwable t) {
        return ((UserFacingException) t).messageKey();
    }

    /**
     * A release of the writer, saved twice while a draft, then moved to {@code status} the way users
     * move it. {@code whileDraft} runs before the move (to leave an autosave and a lease behind).
     */
    private Release in(ReleaseStatus status, Runnable whileDraft, UUID[] id) {
        var d = s.drafts();
        ReleaseContent c = d.template(office.writer, ReleaseType.BERITA_KEGIATAN).withHeadline("Apel Siaga")
                .withParagraphs(List.of("Apel digelar di halaman kantor."));
        Release r = d.create(office.writer, ReleaseType.BERITA_KEGIATAN, c);
        r = d.save(office.writer, r.id(), r.version(), c.withHeadline("Apel Siaga Pengawasan"));
        id[0] = r.id();
        whileDraft.run();
        var review = s.review();
        switch (status) {
            case DRAFT -> { }
            case WITHDRAWN -> r = review.withdraw(office.writer, r.id(), r.version(), "Acara dibatalkan.");
            default -> {
                r = review.submit(office.writer, r.id(), r.version());
                if (status == ReleaseStatus.CHANGES_REQUESTED) {
                    r = review.requestChanges(office.reviewer, r.id(), r.version(), "Lengkapi nama narasumber.");
                } else if (status != ReleaseStatus.IN_REVIEW) {
                    r = review.approve(office.reviewer, r.id(), r.version());
                }
                if (status == ReleaseStatus.SCHEDULED || status == ReleaseStatus.PUBLISHED) {
                    UUID web = s.schedule().channels().stream().filter(ch -> ch.code().equals("WEBSITE"))
                            .findFirst().orElseThrow().id();
                    r = s.schedule().schedule(office.reviewer, r.id(), r.version(),
                            List.of(new PlanRequest(web, LocalDateTime.of(2027, 1, 5, 9, 0), "", null)));
                }
                if (status == ReleaseStatus.PUBLISHED) {
                    s.schedule().markPosted(office.writer, s.schedule().plansFor(r.id()).get(0).id(),
                            "https://bawaslu.example/berita/1");
                    r = d.load(r.id());
                }
            }
        }
        assertThat(r.status()).isEqualTo(status);
        return r;
    }

    /**
     * The table: what the writer's attempt does in each status. {@code same}: allowed, status kept;
     * {@code review}: allowed, the release goes back to review with an audited edit; {@code refused}:
     * nothing changes. For a take-over by a reviewer: {@code revision}: the displaced writer's autosave
     * becomes a revision in their name; {@code kept}: the text stays the writer's recovery.
     */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "DRAFT, LEASE, same", "DRAFT, AUTOSAVE, same", "DRAFT, SAVE, same", "DRAFT, RESTORE_REVISION, same",
        "DRAFT, TAKE_OVER, revision",
        "IN_REVIEW, LEASE, same", "IN_REVIEW, AUTOSAVE, same", "IN_REVIEW, SAVE, same",
        "IN_REVIEW, RESTORE_REVISION, same", "IN_REVIEW, TAKE_OVER, revision",
        "CHANGES_REQUESTED, LEASE, same", "CHANGES_REQUESTED, AUTOSAVE, same", "CHANGES_REQUESTED, SAVE, same",
        "CHANGES_REQUESTED, RESTORE_REVISION, same", "CHANGES_REQUESTED, TAKE_OVER, revision",
        "APPROVED, LEASE, same", "APPROVED, AUTOSAVE, same", "APPROVED, SAVE, review",
        "APPROVED, RESTORE_REVISION, review", "APPROVED, TAKE_OVER, kept",
        "SCHEDULED, LEASE, same", "SCHEDULED, AUTOSAVE, same", "SCHEDULED, SAVE, review",
        "SCHEDULED, RESTORE_REVISION, review", "SCHEDULED, TAKE_OVER, kept",
        "PUBLISHED, LEASE, refused", "PUBLISHED, AUTOSAVE, refused", "PUBLISHED, SAVE, refused",
        "PUBLISHED, RESTORE_REVISION, refused", "PUBLISHED, TAKE_OVER, refused",
        "WITHDRAWN, LEASE, refused", "WITHDRAWN, AUTOSAVE, refused", "WITHDRAWN, SAVE, refused",
        "WITHDRAWN, RESTORE_REVISION, refused", "WITHDRAWN, TAKE_OVER, refused",
    })
    void everyEditPathFollowsTheStatus(ReleaseStatus status, EditPath path, String expected) {
        var d = s.drafts();
        UUID[] id = new UUID[1];
        ReleaseContent unsaved = d.template(office.writer, ReleaseType.BERITA_KEGIATAN)
                .withHeadline("Teks yang belum ditinjau").withParagraphs(List.of("Isi yang belum disetujui."));
        UUID recoveryId = UUID.randomUUID();
        Release before = in(status, () -> {
            if (path == EditPath.TAKE_OVER) {
                // the writer opens the release, types, and walks away; the lease goes stale
                assertThat(s.leases().acquire(office.writer, id[0], "PC-RINA").granted()).isTrue();
                d.autosave(office.writer, new Recovery(recoveryId, office.writer.id(), id[0],
                        ReleaseType.BERITA_KEGIATAN, unsaved, office.clock.instant()));
                office.clock.advance(Duration.ofMinutes(20));
            }
        }, id);
        int revisionsBefore = d.revisions(before.id()).size();
        Runnable attempt = switch (path) {
            case LEASE -> () -> assertThat(s.leases().acquire(office.writer, before.id(), "PC-RINA").granted())
                    .isTrue();
            case AUTOSAVE -> () -> d.autosave(office.writer, new Recovery(recoveryId, office.writer.id(),
                    before.id(), before.type(), unsaved, office.clock.instant()));
            case SAVE -> () -> d.save(office.writer, before.id(), before.version(), unsaved);
            case RESTORE_REVISION -> () -> d.saveOnTop(office.writer, before.id(),
                    d.revisions(before.id()).get(0).content(), "#1");
            case TAKE_OVER -> () -> d.takeOver(office.reviewer, before.id(), "PC-HENDRA");
        };
        if (expected.equals("refused")) {
            assertThatThrownBy(attempt::run).satisfies(e -> assertThat(key(e)).isIn("error.release.notEditable",
                    "error.release.correctFirst"));
        } else {
            attempt.run();
        }
        Release after = d.load(before.id());
        List<Transition> audit = s.audit().forRelease(before.id()).stream().map(e -> e.action()).toList();
        switch (expected) {
            case "same" -> {
                assertThat(after.status()).isEqualTo(status);
                if (path == EditPath.SAVE || path == EditPath.RESTORE_REVISION) {
                    assertThat(audit).last().isEqualTo(Transition.SAVE);
                    assertThat(d.revisions(before.id())).hasSize(revisionsBefore + 1);
                }
            }
            case "review" -> {
                assertThat(after.status()).isEqualTo(ReleaseStatus.IN_REVIEW);
                assertThat(audit).contains(Transition.EDIT_AFTER_APPROVAL);
                assertThat(after.content()).isNotEqualTo(before.content());
            }
            case "revision" -> {
                assertThat(after.status()).isEqualTo(status);
                assertThat(after.content()).isEqualTo(unsaved);
                assertThat(d.revisions(before.id())).last().satisfies(rev ->
                        assertThat(rev.savedBy()).isEqualTo(office.writer.id()));
                assertThat(d.pendingRecoveries(office.writer)).noneMatch(rec -> rec.id().equals(recoveryId));
            }
            case "kept" -> {
                assertThat(after.status()).isEqualTo(status);
                assertThat(after.content()).isEqualTo(before.content());
                assertThat(d.revisions(before.id())).hasSize(revisionsBefore);
                assertThat(d.pendingRecoveries(office.writer)).as("the writer still finds the text")
                        .anyMatch(rec -> rec.id().equals(recoveryId) && rec.content().equals(unsaved));
                assertThat(audit).last().isEqualTo(Transition.TAKE_OVER);
            }
            case "refused" -> {
                assertThat(after.status()).isEqualTo(status);
                assertThat(after.content()).isEqualTo(before.content());
                assertThat(d.revisions(before.id())).hasSize(revisionsBefore);
                assertThat(s.leases().current(before.id())).isEmpty();
                if (path == EditPath.TAKE_OVER) {
                    assertThat(d.pendingRecoveries(office.writer)).as("the writer still finds the text")
                            .anyMatch(rec -> rec.id().equals(recoveryId));
                }
            }
            default -> throw new IllegalArgumentException(expected);
        }
        d.pendingRecoveries(office.writer).forEach(rec -> d.discardRecovery(rec.id()));
        s.leases().release(office.writer, before.id());
        s.leases().release(office.reviewer, before.id());
    }

    @Test
    void aPublishedReleaseIsEditedAfterTheCorrectionSendsItBackToReview() {
        UUID[] id = new UUID[1];
        Release published = in(ReleaseStatus.PUBLISHED, () -> { }, id);
        Release corrected = s.review().correct(office.writer, published.id(), published.version());
        assertThat(corrected.status()).isEqualTo(ReleaseStatus.IN_REVIEW);
        Release saved = s.drafts().save(office.writer, corrected.id(), corrected.version(),
                corrected.content().withHeadline("Apel Siaga Pengawasan (Ralat)"));
        assertThat(saved.status()).isEqualTo(ReleaseStatus.IN_REVIEW);
        assertThat(s.audit().forRelease(saved.id())).extracting(e -> e.action())
                .endsWith(Transition.PUBLISH, Transition.CORRECT, Transition.SAVE);
    }

    @Test
    void aColleagueWriterGetsNoLeaseNoAutosaveAndNoTakeOver() {
        UUID[] id = new UUID[1];
        Release approved = in(ReleaseStatus.APPROVED, () -> { }, id);
        assertThatThrownBy(() -> s.leases().acquire(office.writer2, approved.id(), "PC-FAJAR"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.release.notYours"));
        assertThatThrownBy(() -> s.drafts().autosave(office.writer2, new Recovery(UUID.randomUUID(),
                office.writer2.id(), approved.id(), approved.type(), approved.content().withHeadline("x"),
                office.clock.instant()))).satisfies(e -> assertThat(key(e)).isEqualTo("error.release.notYours"));
        assertThat(s.leases().renew(office.writer2, approved.id(), true)).as("no lease by renewal either").isFalse();
        assertThat(s.leases().current(approved.id())).isEmpty();
    }
}
