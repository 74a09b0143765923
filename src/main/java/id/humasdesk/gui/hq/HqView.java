package id.humasdesk.gui.hq;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.common.Messages;
import id.humasdesk.model.Office;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The bundle inbox window: offices that send bundles, the releases they sent, the conflicts
 * import kept. A window of its own (not a tab), so headquarters can keep it beside the library.
 */
public final class HqView {
    static final String STYLESHEET = "/id/humasdesk/gui/app.css";
    private final HqViewModel vm;
    private final Messages m;
    private final Formats formats;
    private final ReceivedDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();

    public HqView(HqViewModel vm, Messages m, Formats formats, ReceivedDialogs dialogs) {
        this.vm = vm;
        this.m = m;
        this.formats = formats;
        this.dialogs = dialogs;
        Tab offices = new Tab(m.get("bundle.hq.tab.offices"), new HqOfficesPage(vm, m, formats,
                () -> tabs.getSelectionModel().select(1)).root());
        offices.setId("hq-tab-offices");
        Tab releases = new Tab(m.get("bundle.hq.tab.releases"), new HqReleasesPage(vm, m, formats, dialogs).root());
        releases.setId("hq-tab-releases");
        Tab conflicts = new Tab("", new HqConflictsPage(vm, m, formats, dialogs).root());
        conflicts.setId("hq-tab-conflicts");
        conflicts.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> m.get(
                "bundle.hq.tab.conflictsCount", vm.conflicts().size()), vm.conflicts()));
        tabs.getTabs().setAll(offices, releases, conflicts);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
    }

    /** Opens the window beside its owner, sized to fit small screens too. */
    public Stage show(Stage owner, Office office) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(m.get("bundle.hq.title", office.name()));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1120, screen.getWidth() - 40), Math.min(700, screen.getHeight() - 40));
        var css = HqView.class.getResource(STYLESHEET);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), vm::load);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
