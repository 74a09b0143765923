/** Use cases by feature. Declares the repositories it needs; no JavaFX, no SQL. */
package id.humasdesk.logic;
