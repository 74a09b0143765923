package id.humasdesk.logic.publish;

import id.humasdesk.model.Office;
import id.humasdesk.model.OfficeLevel;
import id.humasdesk.model.TextUtil;
import java.util.Locale;

/**
 * The office's letterhead (kop surat) and card look: what every output of a release carries.
 * Images are kept in the media store by SHA-256; an empty hash means "none".
 */
public record OfficeIdentity(
        String officeName,
        String parentLine,
        String address,
        String phone,
        String email,
        String website,
        String socials,
        String headName,
        String headTitle,
        String logoSha,
        String signatureSha,
        String primaryColour,
        String accentColour) {

    public static final String DEFAULT_PRIMARY = "#7A1C1C";
    public static final String DEFAULT_ACCENT = "#E0A526";

    public OfficeIdentity {
        officeName = TextUtil.clean(officeName);
        parentLine = TextUtil.clean(parentLine);
        address = TextUtil.clean(address);
        phone = TextUtil.clean(phone);
        email = TextUtil.clean(email);
        website = TextUtil.clean(website);
        socials = TextUtil.clean(socials);
        headName = TextUtil.clean(headName);
        headTitle = TextUtil.clean(headTitle);
        logoSha = TextUtil.clean(logoSha).toLowerCase(Locale.ROOT);
        signatureSha = TextUtil.clean(signatureSha).toLowerCase(Locale.ROOT);
        primaryColour = TextUtil.clean(primaryColour).isEmpty() ? DEFAULT_PRIMARY : primaryColour.strip();
        accentColour = TextUtil.clean(accentColour).isEmpty() ? DEFAULT_ACCENT : accentColour.strip();
    }

    /** What an office gets before an admin fills anything in: names from the office record. */
    public static OfficeIdentity defaults(Office office) {
        String full = office.name().replaceFirst("^Bawaslu\\b", "Badan Pengawas Pemilihan Umum");
        String parent = office.level() == OfficeLevel.PUSAT ? "Republik Indonesia"
                : "Badan Pengawas Pemilihan Umum Republik Indonesia";
        return new OfficeIdentity(full, parent, "", "", "", "", "", "", "Ketua " + office.name(), "", "",
                DEFAULT_PRIMARY, DEFAULT_ACCENT);
    }

    /** One line with phone, e-mail and website, skipping the empty ones. */
    public String contactLine() {
        StringBuilder sb = new StringBuilder();
        append(sb, phone.isEmpty() ? "" : "Telp. " + phone);
        append(sb, email);
        append(sb, website);
        return sb.toString();
    }

    private static void append(StringBuilder sb, String part) {
        if (!part.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(" \u00B7 ");
            }
            sb.append(part);
        }
    }

    public OfficeIdentity withLogo(String sha) {
        return new OfficeIdentity(officeName, parentLine, address, phone, email, website, socials, headName,
                headTitle, sha, signatureSha, primaryColour, accentColour);
    }
}
