package id.humasdesk.store;

import id.humasdesk.logic.services.Services;
import id.humasdesk.support.TestOffice;

/**
 * Makes the office key usable for signing on every PC of a test office: sealed in the database by
 * the first PC (decision 0611) and unlocked by the admin on each other PC, on both engines.
 */
final class OfficeKeyFixture {
    static final String PASSPHRASE = "frasa sandi kunci Kaur 2026";

    private OfficeKeyFixture() {
    }

    static void readyToSign(TestOffice office, Services... otherPcs) {
        office.services.bundles().sealKey(office.admin, PASSPHRASE.toCharArray());
        for (Services pc : otherPcs) {
            pc.bundles().unlockKey(office.admin, PASSPHRASE.toCharArray());
        }
    }
}
