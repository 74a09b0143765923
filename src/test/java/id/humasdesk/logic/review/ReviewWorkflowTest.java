package id.humasdesk.logic.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.Transition;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle as logic/ enforces it, including every bypass a caller might try. */
@EveryStore
class ReviewWorkflowTest {
    @TempDir
    Path dir;
    TestOffice office;
    Services s;
    ReviewService review;
    User reviewer2;

    @BeforeEach
    void open() {
        office = new TestOffice(dir);
        s = office.services;
        review = s.review();
        reviewer2 = s.accounts().addUser(office.admin, "sari", "Sari Reviewer", Set.of(Role.REVIEWER),
                TestOffice.PASSWORD.toCharArray());
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Release draft(User writer) {
        ReleaseContent c = s.drafts().template(writer, ReleaseType.BERITA_KEGIATAN).withHeadline("Apel Siaga")
                .withParagraphs(List.of("Apel digelar pagi ini."));
        return s.drafts().create(writer, ReleaseType.BERITA_KEGIATAN, c);
    }

    private static String key(Throwable t) {
        return ((UserFacingException) t).messageKey();
    }

    @Test
    void happyPathWriterSubmitsReviewerRequestsChangesWriterFixesReviewerApproves() {
        Release r = draft(office.writer);
        r = review.submit(office.writer, r.id(), r.version());
        assertThat(r.status()).isEqualTo(ReleaseStatus.IN_REVIEW);
        assertThat(review.queue(office.reviewer)).extracting(x -> x.id()).contains(r.id());
        r = review.requestChanges(office.reviewer, r.id(), r.version(), "Teras berita belum menyebut tempat.");
        assertThat(r.status()).isEqualTo(ReleaseStatus.CHANGES_REQUESTED);
        assertThat(review.queue(office.writer)).extracting(x -> x.id()).contains(r.id());
        Release changed = r;
        assertThatThrownBy(() -> review.submit(office.writer, changed.id(), changed.version()))
                .as("open change request blocks resubmission")
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.openChangeRequests"));
        var request = s.comments().list(r.id()).get(0);
        assertThat(request.body()).isEqualTo("Teras berita belum menyebut tempat.");
        r = s.drafts().save(office.writer, r.id(), r.version(), r.content().withHeadline("Apel Siaga di Kaur"));
        s.comments().resolve(office.writer, request.id());
        r = review.submit(office.writer, r.id(), r.version());
        r = review.approve(office.reviewer, r.id(), r.version());
        assertThat(r.status()).isEqualTo(ReleaseStatus.APPROVED);
        assertThat(s.audit().forRelease(r.id())).extracting(e -> e.action()).containsExactly(Transition.CREATE,
                Transition.SUBMIT, Transition.REQUEST_CHANGES, Transition.SAVE, Transition.SUBMIT, Transition.APPROVE);
        assertThat(s.audit().forRelease(r.id()).get(2).reason()).isEqualTo("Teras berita belum menyebut tempat.");
        assertThat(s.audit().forRelease(r.id()).get(5).revision()).isEqualTo(2);
    }

    @Test
    void writerCannotApproveOwnReleaseEvenWithTheReviewerRole() {
        User both = s.accounts().addUser(office.admin, "dua", "Dua Peran", Set.of(Role.WRITER, Role.REVIEWER),
                TestOffice.PASSWORD.toCharArray());
        Release r = draft(both);
        Release submitted = review.submit(both, r.id(), r.version());
        assertThatThrownBy(() -> review.approve(both, submitted.id(), submitted.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.fourEyes"));
        assertThat(review.available(both, submitted)).doesNotContain(Transition.APPROVE);
    }

    @Test
    void aReviewerWhoEditedTheTextIsAnAuthorAndCannotApprove() {
        Release r = draft(office.writer);
        r = review.submit(office.writer, r.id(), r.version());
        r = s.drafts().save(office.reviewer, r.id(), r.version(), r.content().withHeadline("Disunting penyunting"));
        Release edited = r;
        assertThatThrownBy(() -> review.approve(office.reviewer, edited.id(), edited.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.fourEyes"));
        assertThat(review.approve(reviewer2, edited.id(), edited.version()).status()).isEqualTo(ReleaseStatus.APPROVED);
    }

    @Test
    void writerCannotApproveAndCannotSkipReview() {
        Release r = draft(office.writer);
        assertThatThrownBy(() -> review.approve(office.reviewer, r.id(), r.version()))
                .as("a draft cannot be approved without review")
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.workflow.notAllowed"));
        Release submitted = review.submit(office.writer, r.id(), r.version());
        assertThatThrownBy(() -> review.approve(office.writer2, submitted.id(), submitted.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.onlyReviewer"));
        assertThatThrownBy(() -> review.requestChanges(office.writer2, submitted.id(), submitted.version(), "x"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.onlyReviewer"));
        assertThatThrownBy(() -> review.submit(office.writer2, r.id(), r.version()))
                .satisfies(e -> assertThat(key(e)).isIn("error.workflow.notAllowed", "error.review.onlyAuthor"));
    }

    @Test
    void forgedRolesDoNotHelp() {
        Release r = draft(office.writer);
        Release submitted = review.submit(office.writer, r.id(), r.version());
        User forged = new User(office.writer2.id(), "fajar", "Fajar", Set.of(Role.REVIEWER, Role.ADMIN), true);
        assertThatThrownBy(() -> review.approve(forged, submitted.id(), submitted.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.onlyReviewer"));
    }

    @Test
    void requestChangesAndWithdrawNeedAReason() {
        Release r = draft(office.writer);
        Release submitted = review.submit(office.writer, r.id(), r.version());
        assertThatThrownBy(() -> review.requestChanges(office.reviewer, submitted.id(), submitted.version(), "  "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.reasonRequired"));
        assertThatThrownBy(() -> review.withdraw(office.reviewer, submitted.id(), submitted.version(), ""))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.reasonRequired"));
    }

    @Test
    void withdrawnReleaseCannotBeChangedUntilReopened() {
        Release r = draft(office.writer);
        Release w = review.withdraw(office.writer, r.id(), r.version(), "Kegiatan dibatalkan.");
        assertThat(w.status()).isEqualTo(ReleaseStatus.WITHDRAWN);
        assertThatThrownBy(() -> s.drafts().save(office.writer, w.id(), w.version(), w.content().withHeadline("x")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.release.notEditable"));
        assertThatThrownBy(() -> review.submit(office.writer, w.id(), w.version()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.workflow.notAllowed"));
        assertThatThrownBy(() -> review.reopen(office.writer, w.id(), w.version(), "Jadi digelar"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.onlyReviewer"));
        assertThat(review.reopen(office.reviewer, w.id(), w.version(), "Jadi digelar").status())
                .isEqualTo(ReleaseStatus.DRAFT);
    }

    @Test
    void writerCannotWithdrawAnApprovedRelease() {
        Release r = draft(office.writer);
        r = review.submit(office.writer, r.id(), r.version());
        Release approved = review.approve(office.reviewer, r.id(), r.version());
        assertThatThrownBy(() -> review.withdraw(office.writer, approved.id(), approved.version(), "salah"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.withdrawRole"));
    }

    @Test
    void editingAnApprovedReleaseSendsItBackToReview() {
        Release r = draft(office.writer);
        r = review.submit(office.writer, r.id(), r.version());
        r = review.approve(office.reviewer, r.id(), r.version());
        Release edited = s.drafts().save(office.writer, r.id(), r.version(), r.content().withHeadline("Ralat judul"));
        assertThat(edited.status()).isEqualTo(ReleaseStatus.IN_REVIEW);
        assertThat(s.audit().forRelease(r.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Transition.EDIT_AFTER_APPROVAL);
            assertThat(e.from()).isEqualTo(ReleaseStatus.APPROVED);
            assertThat(e.to()).isEqualTo(ReleaseStatus.IN_REVIEW);
        });
    }

    @Test
    void staleVersionIsRefusedForTransitionsToo() {
        Release r = draft(office.writer);
        s.drafts().save(office.writer, r.id(), r.version(), r.content().withHeadline("Baru"));
        assertThatThrownBy(() -> review.submit(office.writer, r.id(), r.version())).isInstanceOf(ConflictException.class);
    }

    @Test
    void editWhileSomeoneElseHoldsTheLeaseIsRefused() {
        Release r = draft(office.writer);
        assertThat(s.leases().acquire(office.writer, r.id(), "PC-RINA").granted()).isTrue();
        var other = s.leases().acquire(office.reviewer, r.id(), "PC-HENDRA");
        assertThat(other.granted()).isFalse();
        assertThat(other.lease().userName()).isEqualTo("Rina Marlina");
        assertThat(other.lease().machine()).isEqualTo("PC-RINA");
        assertThatThrownBy(() -> s.drafts().save(office.reviewer, r.id(), r.version(), r.content().withHeadline("x")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.lease.heldBy"));
        assertThatThrownBy(() -> s.leases().takeOver(office.reviewer, r.id(), "PC-HENDRA"))
                .as("not stale yet").satisfies(e -> assertThat(key(e)).isEqualTo("error.lease.notStale"));
        assertThatThrownBy(() -> s.leases().takeOver(office.writer2, r.id(), "PC-FAJAR"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.lease.takeOverRole"));
    }

    @Test
    void staleLeaseTakenOverKeepsTheDisplacedTextAsARevision() {
        Release r = draft(office.writer);
        s.leases().acquire(office.writer, r.id(), "PC-RINA");
        var unsaved = r.content().withHeadline("Ketikan Rina yang belum disimpan");
        var recoveryId = java.util.UUID.randomUUID();
        s.drafts().autosave(office.writer, new id.humasdesk.logic.draft.Recovery(recoveryId, office.writer.id(),
                r.id(), r.type(), unsaved, office.clock.instant()));
        for (int i = 0; i < 10; i++) {
            office.clock.advance(Duration.ofMinutes(1));
            assertThat(s.leases().renew(office.writer, r.id(), false)).isTrue();
        }
        office.clock.advance(Duration.ofMinutes(6));
        s.leases().renew(office.writer, r.id(), false);
        Release after = s.drafts().takeOver(office.reviewer, r.id(), "PC-HENDRA");
        assertThat(after.content().headline()).isEqualTo("Ketikan Rina yang belum disimpan");
        assertThat(s.drafts().revisions(r.id())).last().satisfies(rev ->
                assertThat(rev.savedBy()).isEqualTo(office.writer.id()));
        assertThat(s.leases().renew(office.writer, r.id(), true)).as("Rina's editor learns it lost the lease").isFalse();
        assertThat(s.audit().forRelease(r.id())).extracting(e -> e.action()).contains(Transition.TAKE_OVER);
    }

    @Test
    void requiredChecklistRulesBlockSubmitAndApproveInLogic() {
        Release r = draft(office.writer);
        var photo = new id.humasdesk.model.Photo("b".repeat(64), "image/png", 10, "", "");
        Release withPhoto = s.drafts().save(office.writer, r.id(), r.version(), r.content().withPhotos(List.of(photo)));
        assertThatThrownBy(() -> review.submit(office.writer, withPhoto.id(), withPhoto.version()))
                .as("a photo without caption and credit blocks submission")
                .satisfies(e -> assertThat(key(e)).isEqualTo("check.checklist.blocked"));
        Release fixed = s.drafts().save(office.writer, r.id(), withPhoto.version(), withPhoto.content()
                .withPhotos(List.of(photo.withCaption("Apel siaga").withCredit("Tim Humas"))));
        Release submitted = review.submit(office.writer, fixed.id(), fixed.version());
        s.comments().add(office.reviewer, submitted.id(), 1, null, "Cek ejaan nama narasumber.");
        assertThatThrownBy(() -> review.approve(office.reviewer, submitted.id(), submitted.version()))
                .as("an open comment blocks approval")
                .satisfies(e -> assertThat(key(e)).isEqualTo("check.checklist.blocked"));
    }

    @Test
    void aReleaseCreatedInTheEditorGetsItsLeaseOnTheFirstRenewal() {
        Release r = draft(office.writer);
        assertThat(s.leases().current(r.id())).isEmpty();
        assertThat(s.leases().renew(office.writer, r.id(), true)).as("not 'taken over'").isTrue();
        assertThat(s.leases().current(r.id())).hasValueSatisfying(l -> assertThat(l.userId())
                .isEqualTo(office.writer.id()));
        assertThat(s.leases().renew(office.reviewer, r.id(), false)).as("someone else's lease").isFalse();
    }
}
