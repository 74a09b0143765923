package id.humasdesk.gui;

import static org.assertj.core.api.Assertions.assertThat;

import id.humasdesk.gui.common.Controls;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The scene-graph scan the keyboard journey relies on finds what it should, and only that. */
@ExtendWith(ApplicationExtension.class)
class A11yTest {
    @Test
    void anUnnamedInputAndASilentIconButtonAreReported(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            TextField named = new TextField();
            TextField unnamed = new TextField();
            unnamed.setId("nameless");
            TextField described = new TextField();
            described.setAccessibleText("Cari");
            Button icon = new Button();
            icon.setId("icon-only");
            icon.setGraphic(new Region());
            Button spoken = new Button();
            spoken.setGraphic(new Region());
            spoken.setAccessibleText("Hapus");
            spoken.setTooltip(new Tooltip("Hapus"));
            problems.addAll(A11y.problems(new VBox(Controls.labelFor("Nama", named), named, unnamed, described, icon,
                    spoken, new Button("Simpan"), new Label("teks"))));
        });
        assertThat(problems).containsExactly("input without a label: TextField#nameless",
                "button without text lacks accessible text or tooltip: Button#icon-only");
    }

    @Test
    void aLabelFindsTheInputInsideAWrapper(FxRobot robot) {
        robot.interact(() -> {
            TextField place = new TextField();
            VBox row = new VBox(new Region(), place);
            assertThat(Controls.input(row)).isSameAs(place);
            assertThat(Controls.input(new Region())).isNull();
        });
    }
}
