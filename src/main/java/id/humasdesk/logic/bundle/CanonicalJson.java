package id.humasdesk.logic.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one JSON dialect of bundles: UTF-8, no pretty printing, object keys sorted at every depth,
 * so the same data always gives the same bytes. Reading is strict and bounded, because bundles
 * come from outside: duplicate keys, deep nesting and huge numbers or strings are refused.
 */
public final class CanonicalJson {
    /** Deeper than any item or manifest we write; far below what could exhaust the stack. */
    public static final int MAX_DEPTH = 32;
    public static final int MAX_STRING_CHARS = 5_000_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING_CHARS)
                            .maxNumberLength(40)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private CanonicalJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Sorted-key UTF-8 bytes of maps, lists, strings, numbers and booleans (or a JsonNode tree). */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value instanceof JsonNode n ? sorted(n) : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Bundle data is plain maps and lists", e);
        }
    }

    public static String writeString(Object value) {
        return new String(write(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Parses bytes that were already checked to be valid UTF-8. */
    public static JsonNode read(byte[] bytes) throws IOException {
        return MAPPER.readTree(bytes);
    }

    private static Object sorted(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new java.util.TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = ((ObjectNode) n).fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                m.put(e.getKey(), sorted(e.getValue()));
            }
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(x -> l.add(sorted(x)));
            return l;
        }
        return n;
    }
}
