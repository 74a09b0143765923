package id.humasdesk.model;

/**
 * A photo attached to a release. The file itself lives in the media store under its SHA-256, so
 * the same picture is kept once however many releases use it.
 */
public record Photo(String sha256, String mediaType, long size, String caption, String credit) {
    public Photo {
        caption = TextUtil.clean(caption);
        credit = TextUtil.clean(credit);
    }

    public String extension() {
        return "image/png".equals(mediaType) ? "png" : "jpg";
    }

    public String fileName() {
        return sha256 + "." + extension();
    }

    public Photo withCaption(String value) {
        return new Photo(sha256, mediaType, size, value, credit);
    }

    public Photo withCredit(String value) {
        return new Photo(sha256, mediaType, size, caption, value);
    }
}
