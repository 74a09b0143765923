/** What every screen shares: the task executor, dialogs, prompts, formats and small control helpers. */
package id.humasdesk.gui.common;
