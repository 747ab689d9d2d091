package co.aliada.catalog;

import co.aliada.content.YamlDocument;

/** A value read from a catalogue file, with where it came from, for messages that name the line. */
record Sourced<T>(T value, YamlDocument doc, String pointer) {

    String file() {
        return doc.name();
    }

    int line(String field) {
        return doc.lineOf(pointer + "/" + field);
    }
}
