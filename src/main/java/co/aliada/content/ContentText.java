package co.aliada.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a content file, which must be UTF-8. A file saved in another encoding (Latin-1, Windows-1252:
 * an editor's default on some computers) is refused with its name and the line of the first character that
 * is not UTF-8, in words an admin can act on, rather than the decoder's "Input length = 1".
 */
public final class ContentText {

    private ContentText() {
    }

    /** Reads a UTF-8 file; throws a {@link ContentException} naming {@code displayName} otherwise. */
    public static String read(Path file, String displayName) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentException(ContentProblem.inFile(displayName, "cannot be read: " + e.getMessage()));
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            throw new ContentException(new ContentProblem(displayName, lineAt(bytes, in.position()),
                    "this file is not saved as UTF-8 (a character on this line is not); save it as UTF-8 in your editor"));
        }
        utf8.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
