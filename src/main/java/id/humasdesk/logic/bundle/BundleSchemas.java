package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Schemas the project ships for its own bundle format (manifest and item profile), with
 * format assertions on so dates and URIs are really checked. Loaded once; validation is
 * thread-safe.
 */
public final class BundleSchemas {
    public static final String MANIFEST = "/id/humasdesk/bundle/manifest.schema.json";
    public static final String ITEM = "/id/humasdesk/bundle/item.schema.json";
    public static final String OFFICE_KEY = "/id/humasdesk/bundle/office-key.schema.json";
    private static final BundleSchemas INSTANCE = new BundleSchemas();

    private final Schema manifest;
    private final Schema item;
    private final Schema officeKey;

    private BundleSchemas() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .failFast(false).build()));
        manifest = load(registry, MANIFEST);
        item = load(registry, ITEM);
        officeKey = load(registry, OFFICE_KEY);
    }

    public static BundleSchemas get() {
        return INSTANCE;
    }

    /** The first problem of a manifest, as "location: message", or empty when it is valid. */
    public Optional<String> checkManifest(JsonNode node) {
        return first(manifest.validate(node));
    }

    public Optional<String> checkItem(JsonNode node) {
        return first(item.validate(node));
    }

    public Optional<String> checkOfficeKey(JsonNode node) {
        return first(officeKey.validate(node));
    }

    private static Optional<String> first(List<Error> errors) {
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors.get(0).toString());
    }

    private static Schema load(SchemaRegistry registry, String resource) {
        try (InputStream in = BundleSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema resource " + resource);
            }
            return registry.getSchema(CanonicalJson.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
