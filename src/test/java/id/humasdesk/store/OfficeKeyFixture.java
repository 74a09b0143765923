package id.humasdesk.store;

import id.humasdesk.logic.Services;
import id.humasdesk.support.TestOffice;

/** Makes the office key usable for signing on every PC of a test office. */
final class OfficeKeyFixture {
    private OfficeKeyFixture() {
    }

    static void readyToSign(TestOffice office, Services... otherPcs) {
    }
}
