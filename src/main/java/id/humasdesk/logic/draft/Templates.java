package id.humasdesk.logic.draft;

import id.humasdesk.model.Office;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.ReleaseType;
import id.humasdesk.model.User;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Starting content per release type. The wording is release text (always Indonesian, whatever the
 * UI language), kept in {@code templates.properties} so an office can adapt it without code.
 */
public final class Templates {
    private final Properties text = new Properties();

    public Templates() {
        try (InputStream in = Templates.class.getResourceAsStream("/id/humasdesk/templates.properties")) {
            text.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReleaseContent start(ReleaseType type, Office office, User author, LocalDate today) {
        String key = type.name().toLowerCase(Locale.ROOT);
        String body = text.getProperty(key + ".body", "");
        List<String> paragraphs = body.isBlank() ? List.of() : List.of(body.replace("{office}", office.name()).split("\\|"));
        String contact = type == ReleaseType.SIARAN_PERS ? text.getProperty("contact.default", "") : "";
        return new ReleaseContent("", "", office.placeName(), today, "", paragraphs, List.of(),
                List.of(), "", contact, author.fullName(), closing(office), List.of());
    }

    public String closing(Office office) {
        return text.getProperty("closing", "Tim Humas {office}").replace("{office}", office.name());
    }
}
