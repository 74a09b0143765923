package id.humasdesk.logic.publish;

/** The social card designs and sizes on offer. */
public enum CardLayout {
    /** Photo above, headline on a colour band below. */
    BAND,
    /** Full-bleed photo with a dark gradient and the headline over it. */
    OVERLAY,
    /** Colour field with the headline large, the photo in a frame. */
    POSTER;

    /** Layout number as the command line counts it, 1-based. */
    public static CardLayout ofNumber(int n) {
        if (n < 1 || n > values().length) {
            throw new id.humasdesk.model.UserFacingException("error.publish.layoutInvalid", n, values().length);
        }
        return values()[n - 1];
    }

    /** Square (1080×1080) and portrait (1080×1350) cards. */
    public enum Size {
        SQUARE(1080, 1080), PORTRAIT(1080, 1350);

        private final int width;
        private final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }

        public int width() {
            return width;
        }

        public int height() {
            return height;
        }
    }
}
