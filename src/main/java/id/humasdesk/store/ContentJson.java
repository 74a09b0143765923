package id.humasdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.humasdesk.model.ReleaseContent;
import id.humasdesk.model.UserFacingException;

/** Release content as JSON in a TEXT column: one shape for current content, revisions and recovery. */
final class ContentJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ContentJson() {
    }

    static String write(ReleaseContent content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Release content is always serializable", e);
        }
    }

    static ReleaseContent read(String json) {
        try {
            return MAPPER.readValue(json, ReleaseContent.class);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "error.store.unreadable");
        }
    }
}
