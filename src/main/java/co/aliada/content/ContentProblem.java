package co.aliada.content;

/** One thing wrong in a content file, said so that an admin can find and fix it. */
public record ContentProblem(String file, int line, String message) {

    /** A problem with no known line, such as a missing file. */
    public static ContentProblem inFile(String file, String message) {
        return new ContentProblem(file, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
