package id.humasdesk.logic.account;

import id.humasdesk.model.Office;

/** What the first-run wizard collects: the office and its first administrator. */
public record OfficeSetup(Office office, String adminUsername, String adminFullName, char[] adminPassword) {
}
