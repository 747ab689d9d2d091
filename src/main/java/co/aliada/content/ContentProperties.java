package co.aliada.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the last content that passed validation is kept ({@code aliada.content.last-good-dir}, beside
 * the H2 file by default): the bot starts with it when the files on disk are broken.
 */
@ConfigurationProperties("aliada.content")
record ContentProperties(@DefaultValue("data/content-last-good") Path lastGoodDir) {
}
