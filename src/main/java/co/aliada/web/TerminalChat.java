package co.aliada.web;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import co.aliada.AliadaApplication;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar aliada.jar chat}: the bot in a terminal, buttons shown as numbered choices.
 * Type a number to tap a button, a text to write, {@code /ayuda} for commands, {@code /salir} to leave.
 */
public final class TerminalChat {

    private final ConversationEngine engine;
    private final String chat;
    private final PrintStream out;
    private final List<Outbound.Button> choices = new ArrayList<>();

    TerminalChat(ConversationEngine engine, String chat, PrintStream out) {
        this.engine = engine;
        this.chat = chat;
        this.out = out;
    }

    public static void run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AliadaApplication.class)
                .web(WebApplicationType.NONE)
                .properties("aliada.telegram.token=", "logging.level.root=WARN", "spring.main.banner-mode=off")
                .run(args)) {
            String user = System.getProperty("user.name", "local");
            TerminalChat terminal = new TerminalChat(context.getBean(ConversationEngine.class), "cli:" + user,
                    new PrintStream(System.out, true, StandardCharsets.UTF_8));
            terminal.loop(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            System.err.println("terminal chat stopped: " + e.getMessage());
        }
    }

    void loop(BufferedReader in) throws java.io.IOException {
        out.println("Aliada (terminal). Escriba /salir para terminar. Type /salir to quit.");
        show(engine.handle(Inbound.command(chat, "start")));
        String line;
        while (prompt() && (line = in.readLine()) != null) {
            String text = line.strip();
            if (text.equals("/salir") || text.equals("/quit")) {
                return;
            }
            show(engine.handle(toInbound(text)));
        }
    }

    Inbound toInbound(String text) {
        if (text.matches("\\d{1,2}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= choices.size()) {
            return Inbound.button(chat, choices.get(Integer.parseInt(text) - 1).data());
        }
        if (text.startsWith("/") && text.length() > 1) {
            return Inbound.command(chat, text.substring(1));
        }
        return Inbound.text(chat, text);
    }

    void show(List<Outbound> replies) {
        for (Outbound reply : replies) {
            out.println();
            out.println("Aliada: " + reply.plainText().replace("\n", "\n        "));
            if (reply.image() != null) {
                out.println("        [imagen: " + reply.image().fileName() + "]");
            }
            if (reply.document() != null) {
                out.println("        [documento: " + reply.document().fileName() + "]");
            }
            if (!reply.buttons().isEmpty()) {
                choices.clear();
                reply.buttons().stream().flatMap(List::stream).forEach(button -> {
                    choices.add(button);
                    out.println("   " + choices.size() + ") " + button.label());
                });
            }
        }
    }

    private boolean prompt() {
        out.print("\n> ");
        out.flush();
        return true;
    }
}
