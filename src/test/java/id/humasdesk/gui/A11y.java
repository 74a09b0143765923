package id.humasdesk.gui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * What a screen reader user would miss on a screen: an input that no label names ({@code labelFor}) and
 * that has no accessible text of its own, and a button without visible text that has no accessible text
 * or no tooltip. Walks the scene graph as it is now (call it once the screen is shown).
 */
final class A11y {
    private A11y() {
    }

    static List<String> problems(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        Map<Node, Label> labelled = new IdentityHashMap<>();
        for (Node n : nodes) {
            if (n instanceof Label l && l.getLabelFor() != null) {
                labelled.put(l.getLabelFor(), l);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Node n : nodes) {
            if (isInput(n) && !insideAnotherControl(n) && !labelled.containsKey(n) && blank(n.getAccessibleText())) {
                problems.add("input without a label: " + describe(n));
            }
            if (n instanceof ButtonBase b && blank(b.getText()) && !insideAnotherControl(n)
                    && (blank(b.getAccessibleText()) || b.getTooltip() == null)) {
                problems.add("button without text lacks accessible text or tooltip: " + describe(n));
            }
        }
        return problems;
    }

    private static boolean isInput(Node n) {
        return n instanceof TextInputControl || n instanceof ComboBoxBase || n instanceof ChoiceBox
                || n instanceof Spinner || n instanceof GenericStyledArea || n instanceof ListView
                || n instanceof TableView;
    }

    /** The text field inside a date picker, spinner or editable combo box is named through its owner. */
    private static boolean insideAnotherControl(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase || p instanceof Spinner || p instanceof javafx.scene.control.Cell
                    || p instanceof javafx.scene.control.ScrollBar || p instanceof TableView
                    || p instanceof javafx.scene.control.TabPane && isHeader(n, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeader(Node n, Parent tabPane) {
        for (Parent p = n.getParent(); p != null && p != tabPane; p = p.getParent()) {
            if (p.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node n, List<Node> into) {
        if (!n.isVisible()) {
            return;
        }
        into.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, into);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(Node n) {
        String id = n.getId() == null ? "" : "#" + n.getId();
        return n.getClass().getSimpleName() + id + (n instanceof TextInputControl t && !blank(t.getPromptText())
                ? " (" + t.getPromptText() + ")" : "");
    }
}
