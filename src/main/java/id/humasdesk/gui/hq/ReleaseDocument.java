package id.humasdesk.gui.hq;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.bundle.ItemTrail;
import id.humasdesk.logic.bundle.ReceivedItem;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Narasumber;
import id.humasdesk.model.Photo;
import id.humasdesk.model.PlanState;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseStatus;
import id.humasdesk.model.Transition;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A received release laid out like a printed release, read-only: headline, dateline, lead, body,
 * narasumber, photos, then the channel plans and history it came with. Photos load in the
 * background from the media store (import put them there under their hash).
 */
final class ReleaseDocument {
    private final Messages m;
    private final Formats formats;
    private final Function<Photo, Path> photoFile;

    ReleaseDocument(Messages m, Formats formats, Function<Photo, Path> photoFile) {
        this.m = m;
        this.formats = formats;
        this.photoFile = photoFile;
    }

    /** The release text; {@code meta} lines (office, number, status) go under the headline. */
    VBox render(ReceivedItem item, List<String> meta, ItemTrail trail) {
        ReleaseContent c = item.content();
        VBox doc = new VBox(8);
        doc.getStyleClass().add("received-document");
        doc.setPadding(new Insets(16, 20, 16, 20));
        doc.getChildren().add(text(c.headline(), "received-headline"));
        if (!c.subheadline().isEmpty()) {
            doc.getChildren().add(text(c.subheadline(), "received-subheadline"));
        }
        meta.forEach(line -> doc.getChildren().add(text(line, "hint")));
        doc.getChildren().add(new Separator());
        String dateline = c.datelinePlace() + (c.datelineDate() == null ? "" : ", "
                + DateTimeFormatter.ofPattern("d MMMM yyyy", m.locale()).format(c.datelineDate()));
        if (!dateline.isBlank()) {
            doc.getChildren().add(text(dateline, "section-label"));
        }
        if (!c.lead().isEmpty()) {
            doc.getChildren().add(text(c.lead(), "received-lead"));
        }
        c.paragraphs().forEach(p -> doc.getChildren().add(text(p, null)));
        if (!c.narasumber().isEmpty()) {
            doc.getChildren().add(text(m.get("bundle.hq.doc.narasumber"), "section-label"));
            for (Narasumber n : c.narasumber()) {
                doc.getChildren().add(text(n.name() + (n.title().isEmpty() ? "" : " — " + n.title())
                        + (n.topic().isEmpty() ? "" : " (" + n.topic() + ")"), null));
            }
        }
        List<String> facts = new ArrayList<>();
        if (!c.tags().isEmpty()) {
            facts.add(m.get("bundle.hq.doc.tags", String.join(", ", c.tags())));
        }
        if (!c.tahapan().isEmpty()) {
            facts.add(m.get("bundle.hq.doc.tahapan", c.tahapan()));
        }
        if (!c.contactPerson().isEmpty()) {
            facts.add(c.contactPerson());
        }
        if (!c.authorLine().isEmpty()) {
            facts.add(m.get("bundle.hq.doc.by", c.authorLine()));
        }
        if (!c.closing().isEmpty() && !c.closing().equals(c.authorLine())) {
            facts.add(c.closing());
        }
        facts.forEach(f -> doc.getChildren().add(text(f, "hint")));
        if (!c.photos().isEmpty()) {
            doc.getChildren().add(photos(c.photos()));
        }
        if (trail != null && !trail.plans().isEmpty()) {
            doc.getChildren().addAll(new Separator(), text(m.get("bundle.hq.doc.plans"), "section-label"));
            for (ItemTrail.PlanLine p : trail.plans()) {
                doc.getChildren().add(text(plan(p), null));
            }
        }
        if (trail != null && !trail.history().isEmpty()) {
            doc.getChildren().addAll(new Separator(), text(m.get("bundle.hq.doc.history"), "section-label"));
            for (ItemTrail.HistoryLine e : trail.history()) {
                doc.getChildren().add(text(event(e), null));
            }
        }
        return doc;
    }

    /** Headline, lead and body as plain text, for the clipboard. */
    static String plainText(ReceivedItem item) {
        ReleaseContent c = item.content();
        List<String> parts = new ArrayList<>();
        parts.add(c.headline());
        if (!c.subheadline().isEmpty()) {
            parts.add(c.subheadline());
        }
        if (!c.lead().isEmpty()) {
            parts.add(c.lead());
        }
        parts.addAll(c.paragraphs());
        return String.join("\n\n", parts);
    }

    private Node photos(List<Photo> photos) {
        FlowPane pane = new FlowPane(10, 10);
        for (Photo p : photos) {
            Path file = photoFile.apply(p);
            ImageView view = new ImageView(new Image(file.toUri().toString(), 200, 140, true, true, true));
            Label caption = new Label(p.caption() + (p.credit().isEmpty() ? "" : " · " + p.credit()));
            caption.setWrapText(true);
            caption.setMaxWidth(200);
            caption.getStyleClass().add("hint");
            pane.getChildren().add(new VBox(4, view, caption));
        }
        return pane;
    }

    private String plan(ItemTrail.PlanLine p) {
        StringBuilder b = new StringBuilder(p.channel()).append(" · ").append(formats.dateTime(p.at())).append(" · ")
                .append(label(PlanState.class, p.state()));
        if (p.embargoUntil() != null) {
            b.append(" · ").append(m.get("bundle.hq.doc.embargo", formats.dateTime(p.embargoUntil())));
        }
        if (!p.postedUrl().isEmpty()) {
            b.append(" · ").append(p.postedUrl());
        }
        return b.toString();
    }

    private String event(ItemTrail.HistoryLine e) {
        StringBuilder b = new StringBuilder(formats.dateTime(e.at())).append(" · ")
                .append(label(Transition.class, e.action())).append(" · ").append(e.actor());
        if (e.from() != null && e.to() != null && !e.from().equals(e.to())) {
            b.append(" (").append(label(ReleaseStatus.class, e.from())).append(" → ")
                    .append(label(ReleaseStatus.class, e.to())).append(')');
        }
        if (!e.reason().isEmpty()) {
            b.append(" — ").append(e.reason());
        }
        return b.toString();
    }

    /** The label of an enum name, or the name itself when this version does not know it. */
    private <E extends Enum<E>> String label(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return m.label(e);
            }
        }
        return name;
    }

    private static Label text(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
