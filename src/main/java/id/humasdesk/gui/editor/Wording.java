package id.humasdesk.gui.editor;

import id.humasdesk.gui.common.Formats;
import id.humasdesk.logic.common.Messages;

/**
 * How the editor words what it tells its user: notes and labels in the user's language, dates and
 * times in the office's zone. The two travel together to every part that writes a note (save,
 * autosave, lock note).
 */
public record Wording(Messages messages, Formats formats) {
}
