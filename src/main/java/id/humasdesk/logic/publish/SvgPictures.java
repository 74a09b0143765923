package id.humasdesk.logic.publish;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.ResourcePolicy;
import com.github.weisj.jsvg.parser.SVGLoader;
import id.humasdesk.model.UserFacingException;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns an SVG logo into a PNG-sized picture once, when the admin picks it, so that every output
 * (PDF, DOCX, cards, preview) keeps using the one raster path it already has (decision 0502).
 */
final class SvgPictures {
    /** Long side in pixels: sharp at 300 dpi for a 4 cm letterhead logo and on a 1080 px card. */
    static final int LONG_SIDE = 1200;

    private SvgPictures() {
    }

    static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
    }

    /** Renders the file; external references (other files, URLs) are never followed. */
    static BufferedImage render(Path file) {
        String name = file.getFileName().toString();
        requireWellFormed(file, name);
        SVGDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            LoaderContext context = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
            doc = new SVGLoader().load(in, file.toUri(), context);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException(e, "error.identity.svgUnreadable", name);
        }
        if (doc == null) {
            throw new UserFacingException("error.identity.svgUnreadable", name);
        }
        FloatSize size = doc.size();
        if (!(size.width > 0 && size.height > 0) || !Float.isFinite(size.width) || !Float.isFinite(size.height)) {
            throw new UserFacingException("error.identity.svgNoSize", name);
        }
        double scale = LONG_SIDE / Math.max(size.width, size.height);
        int w = Math.max(1, (int) Math.round(size.width * scale));
        int h = Math.max(1, (int) Math.round(size.height * scale));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            doc.render((Component) null, g, new ViewBox(0, 0, w, h));
        } catch (RuntimeException e) {
            throw new UserFacingException(e, "error.identity.svgUnreadable", name);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * The renderer forgives broken markup and draws whatever it understood; a logo on a letterhead
     * must be exactly what the admin made, so broken XML (and any DOCTYPE, the door to entity tricks)
     * is refused first.
     */
    private static void requireWellFormed(Path file, String name) {
        Root root = new Root();
        try (InputStream in = Files.newInputStream(file)) {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.newSAXParser().parse(in, root);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new UserFacingException(e, "error.identity.svgUnreadable", name);
        }
        if (!root.svg) {
            throw new UserFacingException("error.identity.svgUnreadable", name);
        }
        if (!root.sized) {
            // Without a size a renderer guesses (300 x 150 in browsers): the logo would be cropped or squeezed.
            throw new UserFacingException("error.identity.svgNoSize", name);
        }
    }

    /** Notes what the root element is and whether it says how big the picture is. */
    private static final class Root extends DefaultHandler {
        private boolean seen;
        private boolean svg;
        private boolean sized;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (seen) {
                return;
            }
            seen = true;
            svg = "http://www.w3.org/2000/svg".equals(uri) && "svg".equals(local);
            sized = atts.getValue("", "viewBox") != null
                    || (atts.getValue("", "width") != null && atts.getValue("", "height") != null);
        }
    }
}
