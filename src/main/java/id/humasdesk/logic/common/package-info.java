/** What every feature of logic/ shares: messages, preferences, transactions, output-path checks. */
package id.humasdesk.logic.common;
