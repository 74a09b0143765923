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
import org.junit.jupiter.api.Assumptions;

/**
 * The official IPTC ninjs 2.2 schema, read from the folder in the system property
 * {@code humasdesk.ninjs.dir} (default {@code ../shared/standards/ninjs}, beside the repository;
 * never copied in). Tests using it are skipped with the reason when the file is absent, unless
 * {@code humasdesk.ninjs.required=true} (as in {@code .ci/run}), which makes them fail instead.
 * Its GeoJSON reference points to the internet; a permissive local stand-in answers it.
 */
final class OfficialNinjs {
    static final Path SCHEMA = Path.of(System.getProperty("humasdesk.ninjs.dir", "../shared/standards/ninjs"),
            "ninjs-schema_2.2.json");
    private static Schema schema;

    private OfficialNinjs() {
    }

    /** Skips the calling test, with the reason, when the schema is not there (fails when it is required). */
    static void assumePresent() {
        if (Boolean.getBoolean("humasdesk.ninjs.required")) {
            return;
        }
        Assumptions.assumeTrue(Files.isRegularFile(SCHEMA), () -> "Skipped: the official IPTC ninjs 2.2 schema is not at "
                + SCHEMA.toAbsolutePath().normalize() + " (set -Dhumasdesk.ninjs.dir=FOLDER)");
    }

    static synchronized List<Error> validate(JsonNode item) {
        assumePresent();
        if (schema == null) {
            if (!Files.isRegularFile(SCHEMA)) {
                throw new IllegalStateException("The official ninjs schema must be at " + SCHEMA.toAbsolutePath()
                        + " (humasdesk.ninjs.required is set)");
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
