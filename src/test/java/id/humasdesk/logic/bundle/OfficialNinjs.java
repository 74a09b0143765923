package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The official IPTC ninjs 2.2 schema, read from ../shared beside the repository (never copied in).
 * Its GeoJSON reference points to the internet; a permissive local stand-in answers it.
 */
final class OfficialNinjs {
    static final Path SCHEMA = Path.of("../shared/standards/ninjs/ninjs-schema_2.2.json");
    private static Schema schema;

    private OfficialNinjs() {
    }

    static synchronized List<Error> validate(JsonNode item) {
        if (schema == null) {
            if (!Files.isRegularFile(SCHEMA)) {
                throw new IllegalStateException("The official ninjs schema must be at " + SCHEMA.toAbsolutePath());
            }
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                            .resourceLoaders(r -> r.resources(Map.of("https://geojson.org/schema/GeoJSON.json",
                                    "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"}"))));
            try {
                schema = registry.getSchema(CanonicalJson.mapper().readTree(SCHEMA.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema.validate(item);
    }
}
