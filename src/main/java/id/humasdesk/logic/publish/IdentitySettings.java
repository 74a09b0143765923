package id.humasdesk.logic.publish;

import id.humasdesk.logic.account.Authority;
import id.humasdesk.logic.account.UserRepository;
import id.humasdesk.logic.common.SettingsRepository;
import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.model.Office;
import id.humasdesk.model.Role;
import id.humasdesk.model.User;
import id.humasdesk.model.UserFacingException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Reads and saves the office identity through the settings table; only admins change it. */
public final class IdentitySettings {
    static final String PREFIX = "identity.";
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Logos and signatures are small pictures; a bigger file is almost surely a mistake. */
    public static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024;

    private final SettingsRepository settings;
    private final MediaStore media;
    private final Authority authority;

    public IdentitySettings(SettingsRepository settings, MediaStore media, UserRepository users) {
        this.settings = settings;
        this.media = media;
        this.authority = users == null ? null : new Authority(users);
    }

    /** The saved identity, each missing field taken from the office's defaults. */
    public OfficeIdentity load(Office office) {
        OfficeIdentity d = OfficeIdentity.defaults(office);
        Function<String, String> get = name -> settings.get(PREFIX + name).orElse(null);
        return new OfficeIdentity(or(get.apply("officeName"), d.officeName()), or(get.apply("parentLine"),
                d.parentLine()), or(get.apply("address"), d.address()), or(get.apply("phone"), d.phone()),
                or(get.apply("email"), d.email()), or(get.apply("website"), d.website()),
                or(get.apply("socials"), d.socials()), or(get.apply("headName"), d.headName()),
                or(get.apply("headTitle"), d.headTitle()), or(get.apply("logo"), ""), or(get.apply("signature"), ""),
                or(get.apply("primaryColour"), d.primaryColour()), or(get.apply("accentColour"), d.accentColour()));
    }

    /** Checks and stores every field. */
    public OfficeIdentity save(User actor, OfficeIdentity identity) {
        authority.require(actor, Role.ADMIN);
        validate(identity);
        put("officeName", identity.officeName());
        put("parentLine", identity.parentLine());
        put("address", identity.address());
        put("phone", identity.phone());
        put("email", identity.email());
        put("website", identity.website());
        put("socials", identity.socials());
        put("headName", identity.headName());
        put("headTitle", identity.headTitle());
        put("logo", identity.logoSha());
        put("signature", identity.signatureSha());
        put("primaryColour", identity.primaryColour().toUpperCase(Locale.ROOT));
        put("accentColour", identity.accentColour().toUpperCase(Locale.ROOT));
        return identity;
    }

    /** Refuses, with a message, an identity that cannot be saved. */
    public static void validate(OfficeIdentity identity) {
        if (identity.officeName().isEmpty()) {
            throw new UserFacingException("error.identity.nameRequired");
        }
        if (!COLOUR.matcher(identity.primaryColour()).matches()) {
            throw new UserFacingException("error.identity.colourInvalid", identity.primaryColour());
        }
        if (!COLOUR.matcher(identity.accentColour()).matches()) {
            throw new UserFacingException("error.identity.colourInvalid", identity.accentColour());
        }
        if (!identity.email().isEmpty() && !EMAIL.matcher(identity.email()).matches()) {
            throw new UserFacingException("error.identity.emailInvalid", identity.email());
        }
    }

    /**
     * Copies a PNG or JPEG logo or signature into the media store and returns its hash. An SVG is
     * drawn once into a PNG of {@link SvgPictures#LONG_SIDE} pixels, which is what gets stored.
     */
    public String importImage(User actor, Path file) {
        authority.require(actor, Role.ADMIN);
        try {
            if (Files.size(file) > MAX_IMAGE_BYTES) {
                throw new UserFacingException("error.identity.imageTooBig", MAX_IMAGE_BYTES / 1024 / 1024);
            }
            if (SvgPictures.isSvg(file)) {
                return storeRendered(SvgPictures.render(file));
            }
            BufferedImage img;
            try (InputStream in = Files.newInputStream(file)) {
                img = ImageIO.read(in);
            }
            if (img == null) {
                throw new UserFacingException("error.identity.imageUnreadable", file.getFileName().toString());
            }
            return media.put(file, "png");
        } catch (IOException e) {
            throw new UserFacingException(e, "error.identity.imageUnreadable", file.getFileName().toString());
        }
    }

    private String storeRendered(BufferedImage img) throws IOException {
        Path png = Files.createTempFile("humasdesk-logo-", ".png");
        try {
            if (!ImageIO.write(img, "png", png.toFile())) {
                throw new IOException("no PNG writer");
            }
            return media.put(png, "png");
        } finally {
            Files.deleteIfExists(png);
        }
    }

    /** The stored file of a logo or signature hash, if any. */
    public Path imagePath(String sha) {
        if (sha == null || sha.isEmpty()) {
            return null;
        }
        Path p = media.local(sha, "png");
        return Files.isRegularFile(p) ? p : null;
    }

    private void put(String name, String value) {
        settings.put(PREFIX + name, value);
    }

    private static String or(String v, String d) {
        return v == null ? d : v;
    }
}
