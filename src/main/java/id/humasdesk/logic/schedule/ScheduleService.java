package id.humasdesk.logic.schedule;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.audit.Auditor;
import id.humasdesk.logic.common.ConflictException;
import id.humasdesk.logic.common.ReleaseHooks;
import id.humasdesk.logic.common.SettingsRepository;
import id.humasdesk.logic.common.Transactor;
import id.humasdesk.logic.draft.ReleaseRepository;
import id.humasdesk.logic.draft.RevisionRepository;
import id.humasdesk.model.Channel;
import id.humasdesk.model.Clocks;
import id.humasdesk.model.LocalTimes;
import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeHours;
import id.humasdesk.model.PlanState;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.Role;
import id.humasdesk.model.Transition;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import id.humasdesk.model.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Publication plans per channel: scheduling approved releases, rescheduling, marking posted or
 * skipped, and the release becoming PUBLISHED once every plan is done. Times are entered in the
 * office zone and stored as instants.
 */
public final class ScheduleService implements ReleaseHooks {
    public static final String OFFICE_HOURS = "office.hours";
    private final ChannelRepository channels;
    private final PlanRepository plans;
    private final ReleaseRepository releases;
    private final RevisionRepository revisions;
    private final SettingsRepository settings;
    private final Auditor auditor;
    private final Authority authority;
    private final Transactor tx;
    private final Clock clock;
    private final Supplier<Office> office;

    /** What scheduling uses: channels, plans, releases, settings (office hours), audit and the office. */
    public record Deps(ChannelRepository channels, PlanRepository plans, ReleaseRepository releases,
            RevisionRepository revisions, SettingsRepository settings, Auditor auditor, UserRepository users,
            Transactor tx, Clock clock, Supplier<Office> office) {
    }

    public ScheduleService(Deps d) {
        this.channels = d.channels();
        this.plans = d.plans();
        this.releases = d.releases();
        this.revisions = d.revisions();
        this.settings = d.settings();
        this.auditor = d.auditor();
        this.authority = new Authority(d.users());
        this.tx = d.tx();
        this.clock = d.clock();
        this.office = d.office();
    }

    public List<Channel> channels() {
        return channels.list();
    }

    public Channel saveChannel(User actor, Channel channel) {
        authority.require(actor, Role.ADMIN);
        channels.save(channel);
        return channel;
    }

    public OfficeHours officeHours() {
        return settings.get(OFFICE_HOURS).map(OfficeHours::decode).orElse(OfficeHours.DEFAULT);
    }

    public void saveOfficeHours(User actor, OfficeHours hours) {
        authority.require(actor, Role.ADMIN);
        settings.put(OFFICE_HOURS, hours.encode());
    }

    /** Checks a planned entry: null when fine, else the message key why it cannot be saved. */
    public String problem(Release release, Channel channel, String caption, LocalDateTime local,
            LocalDateTime embargo) {
        if (local == null) {
            return "schedule.error.timeRequired";
        }
        String text = caption == null || caption.isBlank() ? release.content().headline() : caption;
        if (!channel.fits(text)) {
            return "schedule.error.tooLong";
        }
        if (channel.photoRequired() && release.content().photos().isEmpty()) {
            return "schedule.error.photoRequired";
        }
        if (embargo != null && local.isBefore(embargo)) {
            return "schedule.error.beforeEmbargo";
        }
        return null;
    }

    /** Reviewers and admins schedule an approved release on one or more channels. */
    public Release schedule(User actor, UUID releaseId, long version, List<PlanRequest> requests) {
        User me = requireScheduler(actor);
        if (requests.isEmpty()) {
            throw new UserFacingException("schedule.error.noChannel");
        }
        Instant now = now();
        var zone = office.get().zone();
        return tx.inTransaction(() -> {
            Release r = load(releaseId);
            ReleaseStatus to = Workflow.target(r.status(), Transition.SCHEDULE);
            if (r.version() != version) {
                throw new ConflictException(r.number());
            }
            Map<UUID, Channel> byId = channelMap();
            Set<UUID> seen = new HashSet<>();
            for (PlanRequest q : requests) {
                Channel ch = byId.get(q.channelId());
                if (ch == null || !ch.active() || !seen.add(ch.id())) {
                    throw new UserFacingException("schedule.error.channelUnknown");
                }
                String problem = problem(r, ch, q.caption(), q.localTime(), q.embargoUntil());
                if (problem != null) {
                    throw new UserFacingException(problem, ch.name(), ch.charLimit());
                }
                plans.insert(new PublicationPlan(UUID.randomUUID(), r.id(), ch.id(),
                        LocalTimes.toInstant(q.localTime(), zone), zone, q.caption() == null ? "" : q.caption().strip(),
                        q.embargoUntil() == null ? null : LocalTimes.toInstant(q.embargoUntil(), zone),
                        PlanState.PLANNED, "", "", null, 1));
            }
            Release scheduled = releases.update(r.withStatus(to, now));
            auditor.record(me, scheduled, Transition.SCHEDULE, r.status(), to, requests.stream()
                    .map(q -> byId.get(q.channelId()).name()).collect(Collectors.joining(", ")),
                    revisions.lastNumber(r.id()), now);
            return scheduled;
        });
    }

    /** Moves one plan to a new local time (the calendar's drag). */
    public PublicationPlan reschedule(User actor, UUID planId, long version, LocalDateTime local) {
        User me = requireScheduler(actor);
        Instant now = now();
        return tx.inTransaction(() -> {
            PublicationPlan p = plans.find(planId).orElseThrow(() -> new UserFacingException("schedule.error.planNotFound"));
            if (p.state().done()) {
                throw new UserFacingException("schedule.error.alreadyDone");
            }
            if (p.version() != version) {
                throw new ConflictException(planId.toString());
            }
            Release r = load(p.releaseId());
            Channel ch = channelMap().get(p.channelId());
            String problem = problem(r, ch, p.caption(), local, p.embargoUntil() == null ? null
                    : LocalDateTime.ofInstant(p.embargoUntil(), p.zone()));
            if (problem != null) {
                throw new UserFacingException(problem, ch.name(), ch.charLimit());
            }
            PublicationPlan moved = plans.update(p.withAt(LocalTimes.toInstant(local, p.zone())));
            auditor.record(me, r, Transition.RESCHEDULE, r.status(), r.status(), ch.name() + ": "
                    + local.toString().replace('T', ' '), revisions.lastNumber(r.id()), now);
            return moved;
        });
    }

    public PublicationPlan markPosted(User actor, UUID planId, String url) {
        if (url == null || !url.strip().matches("(?i)https?://\\S+")) {
            throw new UserFacingException("schedule.error.urlRequired");
        }
        return finish(actor, planId, PlanState.POSTED, url.strip(), "");
    }

    public PublicationPlan markSkipped(User actor, UUID planId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("error.review.reasonRequired");
        }
        return finish(actor, planId, PlanState.SKIPPED, "", reason.strip());
    }

    private PublicationPlan finish(User actor, UUID planId, PlanState state, String url, String reason) {
        User me = authority.actor(actor);
        if (!me.has(Role.WRITER) && !me.has(Role.REVIEWER) && !me.has(Role.ADMIN)) {
            throw new UserFacingException("error.auth.roleRequired", "enum.Role.WRITER");
        }
        Instant now = now();
        return tx.inTransaction(() -> {
            PublicationPlan p = plans.find(planId).orElseThrow(() -> new UserFacingException("schedule.error.planNotFound"));
            Release r = load(p.releaseId());
            if (r.status() != ReleaseStatus.SCHEDULED || p.state() != PlanState.PLANNED) {
                throw new UserFacingException("schedule.error.notActive");
            }
            if (p.embargoUntil() != null && now.isBefore(p.embargoUntil())) {
                throw new UserFacingException("schedule.error.embargoed");
            }
            PublicationPlan done = plans.update(p.withState(state, url, reason, now));
            boolean all = plans.forRelease(r.id()).stream().allMatch(x -> x.state().done());
            if (all) {
                Release published = releases.update(r.withStatus(Workflow.target(r.status(), Transition.PUBLISH), now));
                auditor.record(me, published, Transition.PUBLISH, r.status(), published.status(), "",
                        revisions.lastNumber(r.id()), now);
            }
            return done;
        });
    }

    public List<PublicationPlan> plansFor(UUID releaseId) {
        return plans.forRelease(releaseId);
    }

    public List<PublicationPlan> between(Instant from, Instant to) {
        return plans.between(from, to);
    }

    /** Everything the calendar shows between two instants, newest data, with warnings and missed flags. */
    public List<PlanView> calendar(Instant from, Instant to) {
        Instant now = now();
        Map<UUID, Channel> byId = channelMap();
        OfficeHours hours = officeHours();
        List<PlanView> out = new ArrayList<>();
        for (PlannedRelease pr : plans.betweenWithReleases(from, to)) {
            PublicationPlan p = pr.plan();
            out.add(new PlanView(p, byId.get(p.channelId()), p.releaseId(), pr.number(), pr.headline(), pr.status(),
                    p.missedAt(now), hours.warningFor(p.local())));
        }
        return out;
    }

    /**
     * The calendar of the office-local days [from, to): per day the first {@code capPerDay} plans and
     * the count of the others. Two indexed queries per day, so a month with tens of thousands of
     * plans costs what a quiet one does.
     */
    public CalendarRange calendar(LocalDate from, LocalDate to, ZoneId zone, int capPerDay) {
        int cap = Math.max(1, capPerDay);
        Instant now = now();
        Map<UUID, Channel> byId = channelMap();
        OfficeHours hours = officeHours();
        List<PlanView> shown = new ArrayList<>();
        Map<LocalDate, Integer> more = new HashMap<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay(zone).toInstant();
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            int drawn = 0;
            for (PlannedRelease pr : plans.betweenWithReleases(start, end, cap)) {
                PublicationPlan p = pr.plan();
                shown.add(new PlanView(p, byId.get(p.channelId()), p.releaseId(), pr.number(), pr.headline(),
                        pr.status(), p.missedAt(now), hours.warningFor(p.local())));
                drawn++;
            }
            if (drawn == cap) {
                int hidden = plans.countBetween(start, end) - drawn;
                if (hidden > 0) {
                    more.put(day, hidden);
                }
            }
        }
        return new CalendarRange(from, to, cap, shown, more);
    }

    /** Every plan of one office-local day, earliest first: the list behind a day's "n more". */
    public List<PlanView> calendarDay(LocalDate day, ZoneId zone) {
        return calendar(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Plans whose time has come and nobody marked yet, with what to post where. */
    public List<DuePlan> due(User actor) {
        authority.actor(actor);
        Instant now = now();
        Map<UUID, Channel> byId = channelMap();
        List<DuePlan> out = new ArrayList<>();
        for (PublicationPlan p : plans.inStateBefore(PlanState.PLANNED, now.plusSeconds(1))) {
            if (p.dueAt(now)) {
                Release r = releases.findById(p.releaseId()).orElse(null);
                if (r != null && r.status() == ReleaseStatus.SCHEDULED) {
                    out.add(new DuePlan(p, byId.get(p.channelId()), r.number(), r.content().headline()));
                }
            }
        }
        return out;
    }

    /** Releases with a plan that was due more than an hour ago and is still unmarked. */
    public Set<UUID> releasesWithMissedPlans() {
        return plans.releasesWithPlannedBefore(now().minus(PublicationPlan.MISSED_AFTER));
    }

    @Override
    public void returnedToReview(User actor, Release release) {
        Instant now = now();
        boolean any = false;
        for (PublicationPlan p : plans.forRelease(release.id())) {
            if (p.state() == PlanState.PLANNED) {
                plans.update(p.withState(PlanState.PAUSED, "", "", null));
                any = true;
            }
        }
        if (any) {
            auditor.record(actor, release, Transition.PAUSE_PLANS, release.status(), release.status(), "",
                    revisions.lastNumber(release.id()), now);
        }
    }

    @Override
    public Release approved(User actor, Release release) {
        List<PublicationPlan> paused = plans.forRelease(release.id()).stream()
                .filter(p -> p.state() == PlanState.PAUSED).toList();
        if (paused.isEmpty()) {
            return release;
        }
        Instant now = now();
        for (PublicationPlan p : paused) {
            plans.update(p.withState(PlanState.PLANNED, "", "", null));
        }
        Release scheduled = releases.update(release.withStatus(Workflow.target(release.status(),
                Transition.SCHEDULE), now));
        auditor.record(actor, scheduled, Transition.RESUME_PLANS, release.status(), scheduled.status(), "",
                revisions.lastNumber(release.id()), now);
        return scheduled;
    }

    private User requireScheduler(User actor) {
        User me = authority.actor(actor);
        if (!me.has(Role.REVIEWER) && !me.has(Role.ADMIN)) {
            throw new UserFacingException("schedule.error.role");
        }
        return me;
    }

    private Map<UUID, Channel> channelMap() {
        return channels.list().stream().collect(Collectors.toMap(Channel::id, Function.identity()));
    }

    private Release load(UUID id) {
        return releases.findById(id).orElseThrow(() -> new UserFacingException("error.release.notFound"));
    }

    private Instant now() {
        return Clocks.truncate(clock.instant());
    }
}
