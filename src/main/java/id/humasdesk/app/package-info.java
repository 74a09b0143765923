/** Composition root: reads configuration, opens the store, wires every layer, starts gui or cli. */
package id.humasdesk.app;
