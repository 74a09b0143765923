package id.humasdesk.gui.editor;

import id.humasdesk.model.UserFacingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plain-text releases as offices save them: UTF-8 mostly, Windows-1252 from older editors. */
final class TextFiles {
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private TextFiles() {
    }

    static String read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserFacingException("error.import.tooLarge", name);
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
                return s.startsWith("\uFEFF") ? s.substring(1) : s;
            } catch (CharacterCodingException e) {
                return new String(bytes, Charset.forName("windows-1252"));
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.import.unreadable", name);
        }
    }
}
