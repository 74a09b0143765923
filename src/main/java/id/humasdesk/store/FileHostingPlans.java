package id.humasdesk.store;

import id.humasdesk.logic.hosting.HostingPlan;
import id.humasdesk.logic.hosting.HostingPlans;
import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The hosting choice of this PC in {@code hosting-plan.properties} in the data directory (address,
 * port, whether every interface was asked for, whether a new join code is due). No secret: the
 * join code's secret lives only as H2's salted hash in the database. Written whole or not at all.
 */
public final class FileHostingPlans implements HostingPlans {
    static final String FILE = "hosting-plan.properties";
    private static final Logger LOG = Logger.getLogger(FileHostingPlans.class.getName());
    private final Path file;

    public FileHostingPlans(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    @Override
    public Optional<HostingPlan> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            String address = p.getProperty("address", "").strip();
            int port = Integer.parseInt(p.getProperty("port", "").strip());
            if (address.isEmpty()) {
                throw new NumberFormatException("no address");
            }
            return Optional.of(new HostingPlan(address, port, Boolean.parseBoolean(p.getProperty("allInterfaces")),
                    Boolean.parseBoolean(p.getProperty("newCode"))));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", file.getParent().toString());
        } catch (RuntimeException e) {
            LOG.warning("Ignoring an unreadable " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(HostingPlan plan) {
        Properties p = new Properties();
        p.setProperty("address", plan.address());
        p.setProperty("port", String.valueOf(plan.port()));
        p.setProperty("allInterfaces", String.valueOf(plan.allInterfaces()));
        p.setProperty("newCode", String.valueOf(plan.newCode()));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "This PC hosts the office database for the other PCs (decision 0620); no secret here");
            Files.createDirectories(file.getParent());
            id.humasdesk.logic.common.AtomicFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", file.getParent().toString());
        }
    }

    @Override
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDir.notWritable", file.getParent().toString());
        }
    }
}
