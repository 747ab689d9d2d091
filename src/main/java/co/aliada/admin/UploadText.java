package co.aliada.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import co.aliada.content.ContentProblem;

/** A sent file must be UTF-8 text: a spreadsheet or a Word file saved by mistake is refused before any check. */
final class UploadText {

    private UploadText() {
    }

    static List<ContentProblem> problems(String file, byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return List.of();
        } catch (CharacterCodingException e) {
            return List.of(ContentProblem.inFile(file, "is not UTF-8 text; save it as plain text (UTF-8) and send it again"));
        }
    }
}
