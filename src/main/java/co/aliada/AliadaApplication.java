package co.aliada;

import java.util.Arrays;

import co.aliada.admin.ContentCheck;
import co.aliada.admin.ValidateCommand;
import co.aliada.telegram.TelegramContent;
import co.aliada.web.TerminalChat;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Aliada: a Telegram assistant that guides MSMEs in Cauca through an innovation self-check and
 * their challenges to the services and institutions that can help. {@code java -jar aliada.jar}
 * runs the bot; {@code chat} opens a terminal chat; {@code validate [dir]} checks content files.
 */
@SpringBootApplication(excludeName = {
        // Jackson 2 is on the class path for Flyway and the Telegram client only: the actuator writes with Jackson 3
        "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration",
        // the stores use JdbcTemplate; a JdbcClient nobody asks for is one more bean at every start
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration"})
@ConfigurationPropertiesScan
public class AliadaApplication {

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (mode) {
            case "validate" -> System.exit(ValidateCommand.run(rest, System.out,
                    ContentCheck.of("telegram commands", TelegramContent::appliesTo, TelegramContent::check)));
            case "chat" -> {
                int status = TerminalChat.run(AliadaApplication.class, rest);
                if (status != 0) {
                    System.exit(status);
                }
            }
            default -> run(args);
        }
    }

    /**
     * Exits at once when the application cannot start: Spring has logged why and closed the context,
     * but threads left behind (a pool still winding down) would keep the JVM alive for a minute, and a
     * supervisor would wait for nothing before restarting it.
     */
    private static void run(String[] args) {
        try {
            SpringApplication.run(AliadaApplication.class, args);
        } catch (RuntimeException e) {
            System.exit(1);
        }
    }
}
