package co.aliada.content;

import java.time.Instant;

/** Content that passed validation, with the hash of the files it came from and when it was loaded. */
public record Loaded<T>(T content, String version, Instant loadedAt) {
}
