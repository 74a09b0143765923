package id.humasdesk.model;

import java.util.UUID;

/**
 * A place where the office publishes: its website, a social network, media distribution.
 * {@code charLimit} 0 means no limit.
 */
public record Channel(UUID id, String code, String name, int charLimit, boolean photoRequired, boolean active,
        int sortOrder) {
    public Channel {
        if (name == null || name.isBlank()) {
            throw new UserFacingException("error.channel.nameRequired");
        }
        if (charLimit < 0) {
            throw new UserFacingException("error.channel.limitNegative");
        }
        name = name.strip();
    }

    public boolean fits(String text) {
        return charLimit == 0 || text.codePointCount(0, text.length()) <= charLimit;
    }
}
