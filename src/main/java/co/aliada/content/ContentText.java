package co.aliada.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
            throw new ContentException(ContentProblem.inFile(displayName, unreadable(e)));
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

    /**
     * Why a file could not be read, said the same way for every file and without the machine's paths (the
     * exception's message is often just the absolute path): the admin knows the file by its name in the folder.
     */
    static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: the bot is not allowed to read it (check the file's permissions)";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null ? "cannot be read" : "cannot be read: " + fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.contains("/") || message.contains("\\") ? "cannot be read" : "cannot be read: " + message;
    }

    /** As {@link #unreadable(IOException)}, naming the file relative to {@code dir} when known, else {@code fallback}. */
    static ContentProblem unreadable(IOException e, Path dir, String fallback) {
        String file = fallback;
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            Path path = Path.of(fs.getFile()).toAbsolutePath().normalize();
            Path base = dir.toAbsolutePath().normalize();
            file = path.startsWith(base) && !path.equals(base) ? base.relativize(path).toString() : fallback;
        }
        return ContentProblem.inFile(file, unreadable(e));
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
