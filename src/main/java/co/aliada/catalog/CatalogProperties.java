package co.aliada.catalog;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the service catalogue lives; admins edit it there while the bot runs. */
@ConfigurationProperties("aliada.catalog")
public record CatalogProperties(@DefaultValue("catalog") Path dir) {
}
