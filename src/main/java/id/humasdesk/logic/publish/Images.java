package id.humasdesk.logic.publish;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Small picture helpers shared by the PDF, DOCX and card renderers. */
final class Images {
    private Images() {
    }

    /** The picture no wider than {@code maxWidth}, RGB when it will become a JPEG. */
    static BufferedImage fit(BufferedImage img, int maxWidth, boolean opaque) {
        int w = Math.min(maxWidth, img.getWidth());
        int h = Math.max(1, (int) Math.round(img.getHeight() * (w / (double) img.getWidth())));
        if (w == img.getWidth() && (!opaque || img.getType() == BufferedImage.TYPE_INT_RGB)) {
            return img;
        }
        BufferedImage out = new BufferedImage(w, h, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        if (opaque) {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
        }
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
