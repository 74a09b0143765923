package id.humasdesk.logic.publish;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.OfficeRepository;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.bundle.BundleInbox;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.logic.draft.ReleaseRepository;
import id.humasdesk.logic.draft.RevisionRepository;
import id.humasdesk.logic.schedule.ChannelRepository;
import id.humasdesk.logic.schedule.PlanRepository;
import id.humasdesk.model.Channel;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Office;
import id.humasdesk.model.Photo;
import id.humasdesk.model.PlanState;
import id.humasdesk.model.PublicationPlan;
import id.humasdesk.model.Release;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Revision;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a release into what goes out: letterhead PDF, DOCX, HTML, social card, WhatsApp text; and
 * the month into the activity report. Approved, scheduled and published releases give every output
 * from their approved text; anything else only gives a watermarked PDF preview.
 */
public final class PublishService {
    /** Types that go out as signed official letters. */
    private static final java.util.Set<ReleaseType> SIGNED = java.util.EnumSet.of(ReleaseType.PENGUMUMAN,
            ReleaseType.KLARIFIKASI);

    private final ReleaseRepository releases;
    private final RevisionRepository revisions;
    private final PlanRepository plans;
    private final ChannelRepository channels;
    private final OfficeRepository offices;
    private final IdentitySettings identity;
    private final MediaStore media;
    private final Authority authority;
    private final Clock clock;
    private final BundleInbox inbox;
    private final Messages words = new Messages(Messages.INDONESIAN);

    public record Deps(ReleaseRepository releases, RevisionRepository revisions, PlanRepository plans,
            ChannelRepository channels, OfficeRepository offices, IdentitySettings identity, MediaStore media,
            UserRepository users, Clock clock, BundleInbox inbox) {
    }

    public PublishService(Deps d) {
        this.releases = d.releases();
        this.revisions = d.revisions();
        this.plans = d.plans();
        this.channels = d.channels();
        this.offices = d.offices();
        this.identity = d.identity();
        this.media = d.media();
        this.authority = new Authority(d.users());
        this.clock = d.clock();
        this.inbox = d.inbox();
    }

    public IdentitySettings identitySettings() {
        return identity;
    }

    public OfficeIdentity identity() {
        return identity.load(office());
    }

    /** Whether a release in this state gives real outputs (not only the watermarked preview). */
    public static boolean isFinal(ReleaseStatus status) {
        return status == ReleaseStatus.APPROVED || status == ReleaseStatus.SCHEDULED
                || status == ReleaseStatus.PUBLISHED;
    }

    /** The outputs this release may have: all of them once approved, else only the PDF preview. */
    public List<OutputFormat> available(Release release) {
        return isFinal(release.status()) ? List.of(OutputFormat.values()) : List.of(OutputFormat.PDF);
    }

    /** The layout model of a release, with the office's current identity. */
    public ReleaseSheet sheet(User actor, UUID releaseId) {
        authority.actor(actor);
        Release r = releases.findById(releaseId).orElseThrow(() -> new UserFacingException("error.release.notFound"));
        return sheet(r, identity());
    }

    /** Renders one output. Card layouts and sizes only matter for {@link OutputFormat#CARD}. */
    public Output render(User actor, UUID releaseId, OutputFormat format, CardLayout layout, CardLayout.Size size) {
        ReleaseSheet sheet = sheet(actor, releaseId);
        return render(sheet, format, layout, size);
    }

    /** Renders from a sheet already built (the outputs dialog builds it once). */
    public Output render(ReleaseSheet sheet, OutputFormat format, CardLayout layout, CardLayout.Size size) {
        if (sheet.draft() && format != OutputFormat.PDF) {
            throw new UserFacingException("error.publish.draftPreviewOnly");
        }
        String stem = sheet.fileStem();
        return switch (format) {
            case PDF -> new Output(format, stem + (sheet.draft() ? "-pratinjau" : "") + ".pdf",
                    new PdfRenderer(words).render(sheet));
            case DOCX -> new Output(format, stem + ".docx", new DocxRenderer(words).render(sheet));
            case HTML -> new Output(format, stem + ".html", HtmlRenderer.fragment(sheet, words)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case CARD -> new Output(format, stem + "-" + layout.name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + size.width() + "x" + size.height() + ".png", new CardRenderer().render(sheet, layout, size));
            case WHATSAPP -> new Output(format, stem + "-whatsapp.txt", WhatsAppText.of(sheet, words)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        };
    }

    /** Builds the sheet of a release with a given identity (the identity dialog previews with unsaved edits). */
    public ReleaseSheet sheet(Release r, OfficeIdentity id) {
        Office office = office();
        List<Revision> revs = revisions.list(r.id());
        Revision last = revs.stream().max(Comparator.comparingInt(Revision::number)).orElse(null);
        Instant at = last != null ? last.savedAt() : r.updatedAt() != null ? r.updatedAt() : r.createdAt();
        ReleaseContent c = r.content();
        boolean draft = !isFinal(r.status());
        LocalDate day = c.datelineDate() != null ? c.datelineDate() : LocalDate.ofInstant(at, office.zone());
        String place = c.datelinePlace().isEmpty() ? office.placeName() : c.datelinePlace();
        List<ReleaseSheet.Block> body = c.paragraphs().stream()
                .map(p -> new ReleaseSheet.Block(p, p.startsWith("\u201C") || p.startsWith("\""))).toList();
        List<ReleaseSheet.SheetPhoto> photos = new ArrayList<>();
        for (Photo p : c.photos()) {
            Path f = media.local(p.sha256(), p.extension());
            photos.add(new ReleaseSheet.SheetPhoto(Files.isRegularFile(f) ? f : null, p.caption(), p.credit()));
        }
        List<Narasumber> sources = c.narasumber();
        return new ReleaseSheet(r.id(), r.number(), r.type(), words.label(r.type()), draft,
                last == null ? 0 : last.number(), at, day, IndonesianText.date(day),
                place + ", " + IndonesianText.date(day) + " \u2013", c.headline(), c.subheadline(), c.lead(), body,
                sources, photos, c.contactPerson(), c.authorLine(), c.closing(), SIGNED.contains(r.type()),
                place + ", " + IndonesianText.date(day), c.tags(), postedUrl(r.id()), id, identity.imagePath(
                        id.logoSha()), identity.imagePath(id.signatureSha()));
    }

    /** A letterhead page and a card drawn with an identity that is not saved yet (the admin dialog's preview). */
    public record Preview(java.awt.image.BufferedImage letterhead, java.awt.image.BufferedImage card) {
    }

    /** Renders the preview of an edited identity: first PDF page at low resolution and a band card. */
    public Preview preview(OfficeIdentity edited) {
        IdentitySettings.validate(edited);
        Office office = office();
        LocalDate day = LocalDate.ofInstant(clock.instant(), office.zone());
        ReleaseSheet sample = new ReleaseSheet(new UUID(0, 0), "001/HUMAS/" + office.code() + "/I/" + day.getYear(),
                ReleaseType.PENGUMUMAN, words.label(ReleaseType.PENGUMUMAN), false, 1, clock.instant(), day,
                IndonesianText.date(day), office.placeName() + ", " + IndonesianText.date(day) + " –",
                words.get("publish.preview.headline"), "", words.get("publish.preview.lead"),
                List.of(new ReleaseSheet.Block(words.get("publish.preview.body"), false)), List.of(), List.of(), "",
                "", "", true, office.placeName() + ", " + IndonesianText.date(day), List.of(), "", edited,
                identity.imagePath(edited.logoSha()), identity.imagePath(edited.signatureSha()));
        byte[] pdf = new PdfRenderer(words).render(sample);
        java.awt.image.BufferedImage page;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 48);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Preview(page, new CardRenderer().draw(sample, CardLayout.BAND, CardLayout.Size.SQUARE).image());
    }

    /** Output formats a release's plans call for, by channel name (media: PDF and DOCX, Instagram: card ...). */
    public Map<String, List<OutputFormat>> planned(UUID releaseId) {
        Map<UUID, Channel> byId = channels.list().stream().collect(Collectors.toMap(Channel::id, Function.identity()));
        Map<String, List<OutputFormat>> out = new java.util.LinkedHashMap<>();
        for (PublicationPlan p : plans.forRelease(releaseId)) {
            Channel ch = byId.get(p.channelId());
            if (ch != null && !OutputFormat.forChannel(ch.code()).isEmpty()) {
                out.put(ch.name(), OutputFormat.forChannel(ch.code()));
            }
        }
        return out;
    }

    /** The public address once posted: the website's if there is one, else the first posted. */
    private String postedUrl(UUID releaseId) {
        Map<UUID, String> codes = channels.list().stream().collect(Collectors.toMap(Channel::id, Channel::code));
        List<PublicationPlan> posted = plans.forRelease(releaseId).stream()
                .filter(p -> p.state() == PlanState.POSTED && !p.postedUrl().isBlank())
                .sorted(Comparator.comparing(PublicationPlan::at)).toList();
        return posted.stream().filter(p -> "WEBSITE".equals(codes.get(p.channelId()))).findFirst()
                .or(() -> posted.stream().findFirst()).map(PublicationPlan::postedUrl).orElse("");
    }

    /** The monthly activity report of this office. */
    public Output report(User actor, YearMonth month, OutputFormat format) {
        authority.actor(actor);
        if (format != OutputFormat.PDF && format != OutputFormat.DOCX) {
            throw new UserFacingException("error.publish.reportFormat");
        }
        MonthlyReport data = reportData(month);
        String name = "laporan-kehumasan-" + month + "." + format.extension();
        byte[] bytes = format == OutputFormat.PDF ? new ReportRenderer(words).pdf(data)
                : new ReportRenderer(words).docx(data);
        return new Output(format, name, bytes);
    }

    /**
     * The month's report over the offices below this one (headquarters: all; a province: its
     * regencies and cities), from the releases they sent. Only where the inbox is open to the user.
     */
    public Output regionalReport(User actor, YearMonth month, OutputFormat format) {
        if (format != OutputFormat.PDF && format != OutputFormat.DOCX) {
            throw new UserFacingException("error.publish.reportFormat");
        }
        RegionalReport data = regionalReportData(actor, month);
        String name = "rekap-kehumasan-" + data.office().code().toLowerCase(java.util.Locale.ROOT) + "-" + month
                + "." + format.extension();
        RegionalReportRenderer r = new RegionalReportRenderer(words);
        return new Output(format, name, format == OutputFormat.PDF ? r.pdf(data) : r.docx(data));
    }

    public RegionalReport regionalReportData(User actor, YearMonth month) {
        Office office = office();
        Map<String, String> names = channels.list().stream()
                .collect(Collectors.toMap(Channel::code, Channel::name, (a, b) -> a));
        var builder = new RegionalReport.Builder(month, office.zone(), clock.instant(), names);
        inbox.eachReceivedSince(actor, month.atDay(1).atStartOfDay(office.zone()).toInstant(), builder::add);
        return builder.build(office, identity.load(office));
    }

    /** Gathers the month's plans and releases into the report model. */
    public MonthlyReport reportData(YearMonth month) {
        Office office = office();
        Instant from = month.atDay(1).atStartOfDay(office.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(office.zone()).toInstant();
        Map<UUID, Channel> byId = channels.list().stream().collect(Collectors.toMap(Channel::id, Function.identity()));
        List<PublicationPlan> monthPlans = plans.between(from, to);
        Map<UUID, Release> rels = new java.util.HashMap<>();
        for (PublicationPlan p : monthPlans) {
            rels.computeIfAbsent(p.releaseId(), id -> releases.findById(id).orElse(null));
        }
        return MonthlyReport.build(month, office, identity.load(office), monthPlans, byId, rels, clock.instant(),
                words);
    }

    private Office office() {
        return offices.find().orElseThrow(() -> new UserFacingException("error.setup.notDone"));
    }
}
