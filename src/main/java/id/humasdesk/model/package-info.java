/** The domain: records, enums and rules. No JavaFX, no JDBC, no Jackson. */
package id.humasdesk.model;
