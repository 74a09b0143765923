package id.humasdesk.logic.draft;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.common.SettingsRepository;
import id.humasdesk.model.ReleaseNumberFormat;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import java.time.LocalDate;
import java.util.function.Supplier;

/** The office's release number format (e.g. {@code {seq:3}/HUMAS/{office}/{month-roman}/{year}}). */
public final class NumberingSettings implements Supplier<ReleaseNumberFormat> {
    public static final String KEY = "release.numberFormat";
    private final SettingsRepository settings;
    private final Authority authority;

    public NumberingSettings(SettingsRepository settings, UserRepository users) {
        this.settings = settings;
        this.authority = new Authority(users);
    }

    @Override
    public ReleaseNumberFormat get() {
        return new ReleaseNumberFormat(settings.get(KEY).orElse(ReleaseNumberFormat.DEFAULT));
    }

    /** Admins change the format; the next number of the year uses it (numbers given stay as they are). */
    public ReleaseNumberFormat save(User actor, String pattern) {
        authority.require(actor, Role.ADMIN);
        ReleaseNumberFormat format = new ReleaseNumberFormat(pattern == null ? "" : pattern.strip());
        settings.put(KEY, format.pattern());
        return format;
    }

    /** What the 12th release of a day would be numbered, to show next to the field. */
    public static String example(ReleaseNumberFormat format, String officeCode, LocalDate day) {
        return format.format(12, officeCode, day.getYear(), day.getMonthValue(), ReleaseType.BERITA_KEGIATAN);
    }
}
