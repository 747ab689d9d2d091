package co.aliada.content;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the bot's texts and intents live; admins edit them there while it runs. */
@ConfigurationProperties("aliada.intents")
public record IntentsProperties(@DefaultValue("intents") Path dir) {
}
