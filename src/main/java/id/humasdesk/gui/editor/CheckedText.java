package id.humasdesk.gui.editor;

import id.humasdesk.gui.editor.SpellingViewModel.FieldFindings;
import id.humasdesk.logic.check.CheckField;
import id.humasdesk.logic.check.Finding;
import id.humasdesk.logic.check.FindingKind;
import id.humasdesk.logic.common.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * A text field of the editor that underlines writing findings (RichTextFX, decision 0110) and
 * offers their fixes on right-click. Its text mirrors a view-model property both ways; a fix is
 * an ordinary edit of the area, so it can be undone and makes the release dirty like typing.
 */
final class CheckedText {
    static final Duration PAUSE = Duration.ofMillis(300);

    /** How the field looks and is found: node id, prompt while empty, one line or a scrolled area. */
    record Look(String id, String prompt, boolean singleLine, double height) {
        /** One paragraph (the headline): Enter types nothing and pasted line breaks become spaces. */
        static Look singleLine(String id, String prompt) {
            return new Look(id, prompt, true, 0);
        }

        /** Paragraphs in a scrolled area {@code height} pixels high. */
        static Look area(String id, String prompt, double height) {
            return new Look(id, prompt, false, height);
        }
    }

    private static final int MAX_SUGGESTIONS = 6;
    private final StyleClassedTextArea area;
    private final Node node;
    private final CheckField field;
    private final SpellingViewModel spelling;
    private final Messages m;
    private ContextMenu menu;
    private boolean syncing;
    /** A finding left without underline because the caret is still at its end. */
    private Finding typing;

    /** {@code text} is the view-model property the area mirrors; {@code spelling} checks it. */
    CheckedText(CheckField field, StringProperty text, Look look, SpellingViewModel spelling, Messages m,
            BooleanExpression editable) {
        this.field = field;
        this.spelling = spelling;
        this.m = m;
        area = look.singleLine() ? new SingleLineArea() : new StyleClassedTextArea();
        area.setId(look.id());
        area.setWrapText(true);
        area.setUseInitialStyleForInsertion(true);
        // Only text changes are undone: re-styling the underlines must not become an undo step.
        area.setUndoManager(UndoUtils.plainTextUndoManager(area));
        area.getStyleClass().add("checked-area");
        area.editableProperty().bind(editable);
        Label placeholder = new Label(look.prompt());
        placeholder.getStyleClass().add("checked-prompt");
        area.setPlaceholder(placeholder, javafx.geometry.Pos.TOP_LEFT);
        if (look.singleLine()) {
            area.setAutoHeight(true);
            StackPane frame = new StackPane(area);
            frame.getStyleClass().add("checked-text");
            node = frame;
        } else {
            VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
            scroll.setPrefHeight(look.height());
            scroll.setMinHeight(look.height());
            scroll.getStyleClass().add("checked-text");
            node = scroll;
        }
        bind(text);
        area.plainTextChanges().successionEnds(PAUSE).subscribe(x -> spelling.check(field));
        spelling.findingsProperty(field).addListener((o, a, ff) -> underline(ff));
        area.caretPositionProperty().addListener((o, a, caret) -> {
            if (typing != null && caret != typing.end()) {
                underline(spelling.findingsProperty(field).get());
            }
        });
        area.focusedProperty().addListener((o, a, focused) -> {
            if (typing != null && !focused) {
                underline(spelling.findingsProperty(field).get());
            }
        });
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        if (look.singleLine()) {
            area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                }
            });
        }
    }

    /** The area's text follows the property (load, import, restore) and the property follows typing. */
    private void bind(StringProperty text) {
        area.replaceText(text.get());
        area.getUndoManager().forgetHistory();
        text.addListener((o, a, b) -> {
            if (!syncing && !b.equals(area.getText())) {
                syncing = true;
                try {
                    area.replaceText(b);
                    // Like TextArea.setText: new content from outside is not something to undo.
                    area.getUndoManager().forgetHistory();
                    area.moveTo(0);
                    area.requestFollowCaret();
                } finally {
                    syncing = false;
                }
            }
        });
        area.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                try {
                    text.set(b);
                } finally {
                    syncing = false;
                }
            }
        });
    }

    private void underline(FieldFindings ff) {
        String text = area.getText();
        if (!text.equals(ff.text()) || text.isEmpty()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int pos = 0;
        int caret = area.getCaretPosition();
        typing = null;
        for (Finding f : ff.findings()) {
            if (!f.underlined() || f.offset() < pos || f.end() > text.length()) {
                // Low-confidence findings are only listed in the Periksa tab, as "perhaps".
                continue;
            }
            if (area.isFocused() && f.end() == caret && f.kind() == FindingKind.SPELLING) {
                // The word being typed: flagged once the caret leaves it, not at every pause mid-word.
                typing = f;
                continue;
            }
            spans.add(Collections.emptyList(), f.offset() - pos);
            spans.add(List.of(styleClass(f.kind())), f.length());
            pos = f.end();
        }
        spans.add(Collections.emptyList(), text.length() - pos);
        area.setStyleSpans(0, spans.create());
    }

    static String styleClass(FindingKind kind) {
        return "finding-" + kind.name().toLowerCase(Locale.ROOT);
    }

    private void contextMenu(ContextMenuEvent e) {
        e.consume();
        if (menu != null) {
            menu.hide();
        }
        int index = e.isKeyboardTrigger() ? area.getCaretPosition()
                : area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
        FieldFindings ff = spelling.findingsProperty(field).get();
        Optional<Finding> hit = ff.text().equals(area.getText()) ? ff.at(index) : Optional.empty();
        menu = new ContextMenu();
        menu.setId("spelling-menu");
        if (hit.isPresent() && area.isEditable()) {
            findingItems(hit.get());
        }
        editItems();
        menu.show(area, e.getScreenX(), e.getScreenY());
    }

    private void findingItems(Finding f) {
        MenuItem why = new MenuItem(m.label(f.kind()) + ": " + m.get(f.messageKey()));
        why.setDisable(true);
        MenuItem waiting = new MenuItem(m.get("editor.spelling.searching"));
        waiting.setId("spelling-searching");
        waiting.setDisable(true);
        MenuItem ignore = new MenuItem(m.get("editor.spelling.ignore"));
        ignore.setId("spelling-ignore");
        ignore.setOnAction(x -> spelling.ignore(f));
        menu.getItems().addAll(why, waiting, new SeparatorMenuItem(), ignore);
        if (SpellingViewModel.canAddToDictionary(f)) {
            MenuItem add = new MenuItem(m.get("editor.spelling.addToDictionary"));
            add.setId("spelling-add");
            add.setOnAction(x -> spelling.addToDictionary(f));
            menu.getItems().add(add);
        }
        menu.getItems().add(new SeparatorMenuItem());
        ContextMenu shown = menu;
        spelling.suggestions(f, list -> {
            int at = shown.getItems().indexOf(waiting);
            if (at < 0) {
                return;
            }
            if (list.isEmpty()) {
                waiting.setText(m.get("editor.spelling.noSuggestions"));
                return;
            }
            List<MenuItem> items = new ArrayList<>(shown.getItems());
            items.remove(at);
            List<String> best = list.subList(0, Math.min(MAX_SUGGESTIONS, list.size()));
            for (int i = 0; i < best.size(); i++) {
                String s = best.get(i);
                MenuItem fix = new MenuItem(s);
                fix.setId("spelling-suggestion-" + i);
                fix.getStyleClass().add("suggestion");
                fix.setOnAction(x -> replace(f, s));
                items.add(at + i, fix);
            }
            // One change, so the open menu is rebuilt once.
            shown.getItems().setAll(items);
        });
    }

    /** One edit of the area: undoable, and the view model sees it like typing. */
    private void replace(Finding f, String fix) {
        if (SpellingViewModel.stillThere(f, area.getText())) {
            area.replaceText(f.offset(), f.end(), fix);
            area.requestFocus();
        }
    }

    private void editItems() {
        MenuItem cut = new MenuItem(m.get("editor.edit.cut"));
        cut.setOnAction(x -> area.cut());
        MenuItem copy = new MenuItem(m.get("editor.edit.copy"));
        copy.setOnAction(x -> area.copy());
        MenuItem paste = new MenuItem(m.get("editor.edit.paste"));
        paste.setOnAction(x -> area.paste());
        boolean noSelection = area.getSelection().getLength() == 0;
        cut.setDisable(noSelection || !area.isEditable());
        copy.setDisable(noSelection);
        paste.setDisable(!area.isEditable());
        MenuItem undo = new MenuItem(m.get("editor.edit.undo"));
        undo.setOnAction(x -> area.undo());
        undo.setDisable(!area.isUndoAvailable() || !area.isEditable());
        menu.getItems().addAll(undo, new SeparatorMenuItem(), cut, copy, paste);
    }

    /** Selects the finding's word and brings it into view (from the Periksa tab). */
    void select(Finding f) {
        if (!SpellingViewModel.stillThere(f, area.getText())) {
            return;
        }
        area.requestFocus();
        area.selectRange(f.offset(), f.end());
        area.requestFollowCaret();
    }

    /** Tab and Shift+Tab move between fields instead of typing a tab character. */
    void onTab(Runnable next, Runnable previous) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                e.consume();
                (e.isShiftDown() ? previous : next).run();
            }
        });
    }

    StyleClassedTextArea area() {
        return area;
    }

    Node node() {
        return node;
    }

    /** The headline: one paragraph; pasted line breaks become spaces. */
    private static final class SingleLineArea extends StyleClassedTextArea {
        @Override
        public void paste() {
            javafx.scene.input.Clipboard cb = javafx.scene.input.Clipboard.getSystemClipboard();
            if (cb.hasString()) {
                replaceSelection(cb.getString().replaceAll("\\R+", " "));
            }
        }
    }
}
