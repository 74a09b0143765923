package id.humasdesk.gui.shell;

import id.humasdesk.gui.calendar.CalendarPane;
import id.humasdesk.gui.calendar.CalendarViewModel;
import id.humasdesk.gui.common.DialogService;
import id.humasdesk.gui.editor.EditorView;
import id.humasdesk.gui.editor.EditorViewModel;
import id.humasdesk.gui.schedule.ScheduleDialog;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.logic.draft.Recovery;
import id.humasdesk.model.ReleaseType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The tabs of the main window: the library (never closed), the calendar (one at most) and one
 * editor per open release. Closing an editor with unsaved work asks first.
 */
final class EditorTabs {
    private final Stage stage;
    private final Screens screens;
    private final MainViewModel vm;
    private final Messages m;
    private final DialogService dialogs;
    private final TabPane tabs = new TabPane();
    private final List<OpenEditor> editors = new ArrayList<>();
    private Tab calendarTab;

    private record OpenEditor(Tab tab, EditorViewModel vm, EditorView view) {
    }

    EditorTabs(Stage stage, Screens screens, MainViewModel vm, Node library) {
        this.stage = stage;
        this.screens = screens;
        this.vm = vm;
        this.m = screens.messages();
        this.dialogs = screens.dialogs();
        Tab libraryTab = new Tab(m.get("library.title"), library);
        libraryTab.setId("tab-library");
        libraryTab.setClosable(false);
        tabs.getTabs().add(libraryTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    }

    TabPane root() {
        return tabs;
    }

    void selectLibrary() {
        tabs.getSelectionModel().select(0);
    }

    /** Offers the unsaved work a crash left: restore it into editors, or discard it. */
    void offerRecovery(List<Recovery> pending) {
        if (pending.isEmpty()) {
            return;
        }
        boolean restore = dialogs.confirm(m.get("recovery.title"), m.get("recovery.text", pending.size()));
        for (Recovery r : pending) {
            if (restore) {
                addEditor(screens.editor(vm::afterSave)).vm().recover(r);
            } else {
                vm.discardRecovery(r.id());
            }
        }
    }

    void newRelease(ReleaseType type) {
        OpenEditor ed = addEditor(screens.editor(vm::afterSave));
        ed.vm().startNew(type);
        ed.view().focusFirstField();
    }

    /** A new activity report filled with the sample release text, once the editor is ready. */
    void openSample() {
        EditorViewModel editor = addEditor(screens.editor(vm::afterSave)).vm();
        editor.startNew(ReleaseType.BERITA_KEGIATAN);
        editor.loadedProperty().addListener((o, a, loaded) -> {
            if (loaded) {
                try (InputStream in = EditorTabs.class.getResourceAsStream("/id/humasdesk/demo/sample-release.txt")) {
                    editor.importText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    dialogs.error(e);
                }
            }
        });
    }

    /** Selects the release's editor if it is open, else opens one. */
    void open(UUID releaseId) {
        for (OpenEditor ed : editors) {
            if (ed.vm().releaseProperty().get() != null && ed.vm().releaseProperty().get().id().equals(releaseId)) {
                tabs.getSelectionModel().select(ed.tab());
                return;
            }
        }
        addEditor(screens.editor(vm::afterSave)).vm().open(releaseId);
    }

    void showCalendar() {
        if (calendarTab == null) {
            CalendarViewModel calendar = screens.calendar();
            vm.calendarOpened(calendar);
            CalendarPane pane = new CalendarPane(calendar, m, this::open);
            calendarTab = new Tab(m.get("calendar.title"), pane.root());
            calendarTab.setId("tab-calendar");
            calendarTab.setOnClosed(e -> {
                calendar.close(); // nothing more is delivered to the closed tab
                calendarTab = null;
                vm.calendarClosed();
            });
            tabs.getTabs().add(1, calendarTab);
            pane.start();
        }
        tabs.getSelectionModel().select(calendarTab);
    }

    private OpenEditor addEditor(EditorViewModel editor) {
        EditorView view = new EditorView(editor, m, screens.formats());
        editor.review().setScheduler(r -> new ScheduleDialog(screens.schedule(r), m).show(stage, done -> {
            editor.review().scheduled(done);
            vm.afterSave();
        }));
        Tab tab = new Tab();
        tab.textProperty().bind(editor.titleProperty());
        tab.setContent(view.root());
        OpenEditor ed = new OpenEditor(tab, editor, view);
        tab.setOnCloseRequest(e -> {
            e.consume();
            requestClose(ed, () -> { });
        });
        editors.add(ed);
        vm.editorOpened(editor);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        return ed;
    }

    /** Closes the editor, asking first when it holds unsaved work; {@code then} runs once it is closed. */
    private void requestClose(OpenEditor ed, Runnable then) {
        Runnable close = () -> {
            ed.vm().close();
            tabs.getTabs().remove(ed.tab());
            editors.remove(ed);
            vm.editorClosed(ed.vm());
            then.run();
        };
        if (!ed.vm().dirtyProperty().get()) {
            ed.vm().discard();
            close.run();
            return;
        }
        tabs.getSelectionModel().select(ed.tab());
        Optional<Boolean> answer = dialogs.confirmSave(m.get("editor.unsaved.title"),
                m.get("editor.unsaved.text", ed.vm().titleProperty().get().replace(" *", "")));
        if (answer.isEmpty()) {
            return;
        }
        if (answer.get()) {
            ed.vm().saveThen(close);
        } else {
            ed.vm().discard();
            close.run();
        }
    }

    void saveCurrent() {
        currentEditor().ifPresent(ed -> ed.vm().save());
    }

    void closeCurrent() {
        currentEditor().ifPresent(ed -> requestClose(ed, () -> { }));
    }

    private Optional<OpenEditor> currentEditor() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return editors.stream().filter(ed -> ed.tab() == t).findFirst();
    }

    /** Closes every editor, asking about unsaved work; {@code then} runs when all are closed. */
    void closeAll(Runnable then) {
        if (editors.isEmpty()) {
            then.run();
            return;
        }
        requestClose(editors.get(0), () -> closeAll(then));
    }
}
