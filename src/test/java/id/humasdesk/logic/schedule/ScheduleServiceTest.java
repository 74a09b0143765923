package id.humasdesk.logic.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.humasdesk.logic.services.Services;
import id.humasdesk.model.Channel;
import id.humasdesk.model.LocalTimes;
import id.humasdesk.model.OfficeHours;
import id.humasdesk.model.Photo;
import id.humasdesk.model.PlanState;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Transition;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.support.EveryStore;
import id.humasdesk.support.TestOffice;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EveryStore
class ScheduleServiceTest {
    @TempDir
    Path dir;
    TestOffice office;
    Services s;
    ScheduleService schedule;

    @BeforeEach
    void open() {
        office = new TestOffice(dir);
        s = office.services;
        schedule = s.schedule();
    }

    @AfterEach
    void close() {
        office.close();
    }

    private Channel channel(String code) {
        return schedule.channels().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static String key(Throwable t) {
        return ((UserFacingException) t).messageKey();
    }

    private Release approved(boolean withPhoto) {
        var d = s.drafts();
        var c = d.template(office.writer, ReleaseType.BERITA_KEGIATAN).withHeadline("Apel Siaga Pengawasan")
                .withParagraphs(List.of("Apel digelar di halaman kantor."));
        if (withPhoto) {
            c = c.withPhotos(List.of(new Photo("c".repeat(64), "image/jpeg", 100, "Apel", "Tim Humas")));
        }
        Release r = d.create(office.writer, ReleaseType.BERITA_KEGIATAN, c);
        r = s.review().submit(office.writer, r.id(), r.version());
        return s.review().approve(office.reviewer, r.id(), r.version());
    }

    @Test
    void officeZonesConvertLocalTimesToInstants() {
        LocalDateTime nine = LocalDateTime.of(2026, 12, 1, 9, 0);
        assertThat(LocalTimes.toInstant(nine, ZoneId.of("Asia/Jakarta"))).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(LocalTimes.toInstant(nine, ZoneId.of("Asia/Makassar"))).isEqualTo(Instant.parse("2026-12-01T01:00:00Z"));
        assertThat(LocalTimes.toInstant(nine, ZoneId.of("Asia/Jayapura"))).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        LocalDateTime earlyWit = LocalDateTime.of(2026, 12, 2, 6, 30);
        assertThat(LocalTimes.toInstant(earlyWit, ZoneId.of("Asia/Jayapura")))
                .as("06.30 WIT is still the previous day in UTC").isEqualTo(Instant.parse("2026-12-01T21:30:00Z"));
    }

    @Test
    void daylightSavingGapMovesForwardAndOverlapTakesTheEarlierTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(LocalTimes.toInstant(LocalDateTime.of(2026, 3, 29, 2, 30), berlin))
                .as("02.30 does not exist that night").isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(LocalTimes.toInstant(LocalDateTime.of(2026, 10, 25, 2, 30), berlin))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void plansAreStoredAsInstantsPlusZoneAndReadBackInTheOfficeZone() {
        Release r = approved(true);
        LocalDateTime local = LocalDateTime.of(2026, 11, 28, 23, 30);
        Release scheduled = schedule.schedule(office.reviewer, r.id(), r.version(), List.of(
                new PlanRequest(channel("WEBSITE").id(), local, "", null),
                new PlanRequest(channel("INSTAGRAM").id(), local.plusHours(1), "Apel siaga #pemilu", null)));
        assertThat(scheduled.status()).isEqualTo(ReleaseStatus.SCHEDULED);
        List<PublicationPlan> plans = schedule.plansFor(r.id());
        assertThat(plans).hasSize(2);
        assertThat(plans.get(0).at()).isEqualTo(Instant.parse("2026-11-28T16:30:00Z"));
        assertThat(plans.get(1).local().toLocalDateTime()).as("across midnight, still the office's 00.30")
                .isEqualTo(LocalDateTime.of(2026, 11, 29, 0, 30));
        assertThat(plans.get(1).local().getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void onlyApprovedReleasesAndOnlyReviewersSchedule() {
        var d = s.drafts();
        Release draft = d.create(office.writer, ReleaseType.BERITA_KEGIATAN,
                d.template(office.writer, ReleaseType.BERITA_KEGIATAN).withHeadline("Draf"));
        var req = List.of(new PlanRequest(channel("WEBSITE").id(), LocalDateTime.of(2026, 12, 1, 9, 0), "", null));
        assertThatThrownBy(() -> schedule.schedule(office.reviewer, draft.id(), draft.version(), req))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.workflow.notAllowed"));
        Release r = approved(false);
        assertThatThrownBy(() -> schedule.schedule(office.writer, r.id(), r.version(), req))
                .satisfies(e -> assertThat(key(e)).isEqualTo("schedule.error.role"));
    }

    @Test
    void captionLengthAndRequiredPhotoAreChecked() {
        Release r = approved(false);
        var tooLong = List.of(new PlanRequest(channel("X").id(), LocalDateTime.of(2026, 12, 1, 9, 0),
                "x".repeat(281), null));
        assertThatThrownBy(() -> schedule.schedule(office.reviewer, r.id(), r.version(), tooLong))
                .satisfies(e -> assertThat(key(e)).isEqualTo("schedule.error.tooLong"));
        var needsPhoto = List.of(new PlanRequest(channel("INSTAGRAM").id(), LocalDateTime.of(2026, 12, 1, 9, 0),
                "ok", null));
        assertThatThrownBy(() -> schedule.schedule(office.reviewer, r.id(), r.version(), needsPhoto))
                .satisfies(e -> assertThat(key(e)).isEqualTo("schedule.error.photoRequired"));
        assertThat(s.drafts().load(r.id()).status()).as("nothing half-scheduled").isEqualTo(ReleaseStatus.APPROVED);
        assertThat(schedule.plansFor(r.id())).isEmpty();
    }

    @Test
    void embargoForbidsPlansBeforeItAndMarkingBeforeIt() {
        Release r = approved(false);
        LocalDateTime embargo = LocalDateTime.of(2026, 11, 28, 12, 0);
        var early = List.of(new PlanRequest(channel("WEBSITE").id(), embargo.minusHours(1), "", embargo));
        assertThatThrownBy(() -> schedule.schedule(office.reviewer, r.id(), r.version(), early))
                .satisfies(e -> assertThat(key(e)).isEqualTo("schedule.error.beforeEmbargo"));
        schedule.schedule(office.reviewer, r.id(), r.version(), List.of(
                new PlanRequest(channel("WEBSITE").id(), embargo, "", embargo)));
        PublicationPlan plan = schedule.plansFor(r.id()).get(0);
        assertThatThrownBy(() -> schedule.markPosted(office.writer, plan.id(), "https://bawaslu.example/berita/1"))
                .as("it is 09.00 WIB now, embargo until 12.00")
                .satisfies(e -> assertThat(key(e)).isEqualTo("schedule.error.embargoed"));
        office.clock.advance(Duration.ofHours(3));
        assertThat(schedule.due(office.writer)).extracting(dp -> dp.plan().id()).containsExactly(plan.id());
    }

    @Test
    void markingEveryPlanPublishesTheRelease() {
        Release r = approved(true);
        schedule.schedule(office.reviewer, r.id(), r.version(), List.of(
                new PlanRequest(channel("WEBSITE").id(), LocalDateTime.of(2026, 11, 28, 9, 0), "", null),
                new PlanRequest(channel("INSTAGRAM").id(), LocalDateTime.of(2026, 11, 28, 9, 0), "", null)));
        List<PublicationPlan> plans = schedule.plansFor(r.id());
        assertThatThrownBy(() -> schedule.markPosted(office.writer, plans.get(0).id(), "bukan alamat"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("schedule.error.urlRequired"));
        schedule.markPosted(office.writer, plans.get(0).id(), "https://bawaslu.example/berita/1");
        assertThat(s.drafts().load(r.id()).status()).isEqualTo(ReleaseStatus.SCHEDULED);
        schedule.markSkipped(office.writer, plans.get(1).id(), "Akun Instagram sedang diblokir.");
        assertThat(s.drafts().load(r.id()).status()).isEqualTo(ReleaseStatus.PUBLISHED);
        assertThat(s.audit().forRelease(r.id())).extracting(e -> e.action()).contains(Transition.SCHEDULE,
                Transition.PUBLISH);
    }

    @Test
    void missedPlansAreFlaggedAfterAnHour() {
        Release r = approved(false);
        schedule.schedule(office.reviewer, r.id(), r.version(), List.of(
                new PlanRequest(channel("WEBSITE").id(), LocalDateTime.of(2026, 11, 28, 9, 0), "", null)));
        assertThat(schedule.releasesWithMissedPlans()).isEmpty();
        office.clock.advance(Duration.ofMinutes(61));
        assertThat(schedule.releasesWithMissedPlans()).containsExactly(r.id());
    }

    @Test
    void editingAScheduledReleasePausesPlansAndApprovalResumesThem() {
        Release r = approved(false);
        r = schedule.schedule(office.reviewer, r.id(), r.version(), List.of(
                new PlanRequest(channel("WEBSITE").id(), LocalDateTime.of(2026, 11, 29, 9, 0), "", null)));
        Release edited = s.drafts().save(office.writer, r.id(), r.version(), r.content().withHeadline("Ralat"));
        assertThat(edited.status()).isEqualTo(ReleaseStatus.IN_REVIEW);
        assertThat(schedule.plansFor(r.id())).extracting(PublicationPlan::state).containsExactly(PlanState.PAUSED);
        Release again = s.review().approve(office.reviewer, edited.id(), edited.version());
        assertThat(again.status()).isEqualTo(ReleaseStatus.SCHEDULED);
        assertThat(schedule.plansFor(r.id())).extracting(PublicationPlan::state).containsExactly(PlanState.PLANNED);
    }

    @Test
    void rescheduleGoesThroughLogicAndRefusesDonePlans() {
        Release r = approved(false);
        schedule.schedule(office.reviewer, r.id(), r.version(), List.of(
                new PlanRequest(channel("WEBSITE").id(), LocalDateTime.of(2026, 11, 28, 9, 0), "", null)));
        PublicationPlan p = schedule.plansFor(r.id()).get(0);
        PublicationPlan moved = schedule.reschedule(office.reviewer, p.id(), p.version(), LocalDateTime.of(2026, 11, 30, 14, 0));
        assertThat(moved.local().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 30, 14, 0));
        assertThatThrownBy(() -> schedule.reschedule(office.writer, p.id(), moved.version(), LocalDateTime.of(2026, 12, 1, 9, 0)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("schedule.error.role"));
        office.clock.advance(Duration.ofDays(3));
        schedule.markPosted(office.writer, p.id(), "https://bawaslu.example/b/2");
        assertThatThrownBy(() -> schedule.reschedule(office.reviewer, p.id(), moved.version() + 1, LocalDateTime.of(2026, 12, 5, 9, 0)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("schedule.error.alreadyDone"));
    }

    @Test
    void officeHoursWarnOnWeekendsAndEvenings() {
        OfficeHours h = OfficeHours.DEFAULT;
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        assertThat(h.warningFor(LocalDateTime.of(2026, 11, 28, 10, 0).atZone(wib))).isEqualTo("schedule.warning.weekend");
        assertThat(h.warningFor(LocalDateTime.of(2026, 11, 30, 19, 0).atZone(wib))).isEqualTo("schedule.warning.outsideHours");
        assertThat(h.warningFor(LocalDateTime.of(2026, 11, 30, 10, 0).atZone(wib))).isNull();
        assertThat(OfficeHours.decode(h.encode())).isEqualTo(h);
    }

    @Test
    void aBusyMonthShowsAFewPlansPerDayAndCountsTheRestSoNothingIsDropped() {
        s.settings().put(id.humasdesk.logic.demo.DemoGenerator.DEMO_OFFICE, "true");
        s.demo().generate(1_500, 7, n -> { });
        ZoneId zone = s.accounts().office().orElseThrow().zone();
        java.time.LocalDate from = java.time.LocalDate.of(2026, 11, 23);
        java.time.LocalDate to = from.plusDays(42);
        List<PublicationPlan> all = schedule.between(from.atStartOfDay(zone).toInstant(),
                to.atStartOfDay(zone).toInstant());

        CalendarRange month = schedule.calendar(from, to, zone, 3);

        assertThat(all).as("the demo plans some days with more than three plans").hasSizeGreaterThan(60);
        assertThat(month.more()).as("busy days say how many more").isNotEmpty();
        assertThat(month.total()).as("drawn plus '+n more' is every plan of the month").isEqualTo(all.size());
        var perDay = month.shown().stream().collect(java.util.stream.Collectors.groupingBy(
                v -> v.plan().at().atZone(zone).toLocalDate(), java.util.stream.Collectors.counting()));
        assertThat(perDay.values()).as("at most three drawn per day").allMatch(n -> n <= 3);
        month.more().forEach((day, n) -> assertThat(perDay.get(day)).as("a day with more draws its first three")
                .isEqualTo(3L));
        java.time.LocalDate busiest = month.more().entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey();
        assertThat(schedule.calendarDay(busiest, zone)).as("the day's list holds every plan of that day")
                .hasSize(3 + month.more().get(busiest));
    }
}
