/** Headless commands over logic/: init, generate, bench and the rest. */
package id.humasdesk.cli;
