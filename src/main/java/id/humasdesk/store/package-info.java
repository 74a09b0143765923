/** H2 implementations of the logic repositories, migrations and the data directory. The only SQL. */
package id.humasdesk.store;
