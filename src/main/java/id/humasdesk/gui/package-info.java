/** JavaFX front end: one package per screen, each a View and a ViewModel. Talks to logic/ only. */
package id.humasdesk.gui;
