package id.humasdesk.logic.demo;

import id.humasdesk.logic.draft.MediaStore;
import id.humasdesk.model.Photo;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/** A few drawn PNG pictures for demo releases: real image files, stored like any other photo. */
final class DemoPhotos {
    private DemoPhotos() {
    }

    static List<Photo> create(MediaStore media, int count, SplittableRandom rnd) {
        List<Photo> out = new ArrayList<>();
        try {
            Path dir = Files.createTempDirectory("humasdesk-demo");
            for (int i = 0; i < count; i++) {
                BufferedImage img = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                Color a = new Color(rnd.nextInt(0xFFFFFF));
                Color b = new Color(rnd.nextInt(0xFFFFFF));
                g.setPaint(new GradientPaint(0, 0, a, 640, 400, b));
                g.fillRect(0, 0, 640, 400);
                g.setColor(Color.WHITE);
                g.fillOval(220 + rnd.nextInt(100), 120, 160, 160);
                g.dispose();
                Path file = dir.resolve("demo-" + i + ".png");
                ImageIO.write(img, "png", file.toFile());
                String sha = media.put(file, "png");
                out.add(new Photo(sha, "image/png", Files.size(file), "", ""));
                Files.delete(file);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
