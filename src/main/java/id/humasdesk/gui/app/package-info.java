/**
 * The JavaFX application and its shell: opens the store behind the first window and switches
 * between setup, login and the main view. Depends on screens; no screen depends on it (decision 0040).
 */
package id.humasdesk.gui.app;
