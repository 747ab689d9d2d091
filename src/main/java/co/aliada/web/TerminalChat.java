package co.aliada.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import co.aliada.content.ContentPart;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Drawings;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.Texts;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ResolvableType;

/**
 * {@code java -jar aliada.jar chat}: the bot in a terminal, buttons shown as numbered choices.
 * Type a number to tap a button, a text to write, {@code /ayuda} for commands, {@code /salir} to leave.
 * Only the buttons of the last answer are numbered (those are the ones the bot still takes); charts and
 * exports are written to a folder whose path is printed, and log lines go to a file in that folder so
 * they never interrupt the conversation.
 */
public final class TerminalChat {

    private static final Set<String> QUIT = Set.of("/salir", "/quit", "/exit");
    private static final String INDENT = "        ";
    static final String LOG = "aliada-chat.log";

    private final ConversationEngine engine;
    private final Supplier<Texts> texts;
    private final Drawings drawings;
    private final String chat;
    private final String lang;
    private final PrintStream out;
    private final Path files;
    private final List<Outbound.Button> choices = new ArrayList<>();
    private int saved;

    TerminalChat(ConversationEngine engine, Supplier<Texts> texts, Drawings drawings, String chat, String lang,
                 PrintStream out, Path files) {
        this.engine = engine;
        this.drawings = drawings;
        this.texts = texts;
        this.chat = chat;
        this.lang = lang;
        this.out = out;
        this.files = files;
    }

    /** Where the terminal chat keeps charts, exports and its log: a folder of the system's temporary directory. */
    static Path filesFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "aliada-chat");
    }

    /**
     * Starts {@code application} without web server or Telegram and talks on the terminal: 0 when the talk ended, 1
     * when the bot could not start (said on the terminal, since the log goes to a file).
     */
    public static int run(Class<?> application, String[] args) {
        PrintStream err = System.err;
        Path files = filesFolder();
        ConfigurableApplicationContext context;
        try {
            // log lines go to a file only: on the console they would land in the middle of the conversation
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .properties(settings(files))
                    .run(args);
        } catch (RuntimeException e) {
            // Spring's report of what stopped the start went to that file too: without these lines the terminal
            // would close with nothing said
            err.println("Aliada could not start: " + innermostMessage(e));
            err.println("The whole report: " + files.resolve(LOG).toAbsolutePath());
            return 1;
        }
        try (context) {
            ContentPart<Texts> texts = context.<ContentPart<Texts>>getBeanProvider(
                    ResolvableType.forClassWithGenerics(ContentPart.class, Texts.class)).getObject();
            String user = System.getProperty("user.name", "local");
            TerminalChat terminal = new TerminalChat(context.getBean(ConversationEngine.class),
                    () -> texts.current().content(), context.getBean(Drawings.class), "cli:" + user, terminalLanguage(),
                    new PrintStream(System.out, true, StandardCharsets.UTF_8), files);
            terminal.loop(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            err.println("terminal chat stopped: " + e.getMessage());
        }
        return 0;
    }

    /** What a person can act on ("catalog: folder not found"), under the beans its failure stopped. */
    static String innermostMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    /** No Telegram, no banner, and warnings to a log file in the folder only (nothing on the console). */
    static String[] settings(Path files) {
        return new String[] {"aliada.telegram.token=", "logging.level.root=WARN", "logging.level.org.flywaydb=ERROR",
                "logging.threshold.console=OFF", "logging.file.name=" + files.resolve(LOG), "spring.main.banner-mode=off"};
    }

    /** Talks until the input ends or the person types {@code /salir}. */
    void loop(BufferedReader in) throws IOException {
        out.println(text("web.terminal.intro"));
        out.println(text("web.terminal.files", "path", files.toAbsolutePath()));
        show(engine.handle(Inbound.command(chat, "start").withLangHint(lang)));
        String line;
        while (prompt() && (line = in.readLine()) != null) {
            String typed = line.strip();
            if (QUIT.contains(typed.toLowerCase(Locale.ROOT))) {
                out.println(text("web.terminal.bye"));
                return;
            }
            if (!typed.isEmpty()) {
                try {
                    show(engine.handle(toInbound(typed).withLangHint(lang)));
                } catch (co.aliada.conversation.StoreUnavailableException e) {
                    out.println(text("common.error"));
                }
            }
        }
    }

    /** A number within the choices shown last taps that button; a leading slash runs a command. */
    Inbound toInbound(String typed) {
        if (typed.matches("\\d{1,2}")) {
            int choice = Integer.parseInt(typed);
            if (choice >= 1 && choice <= choices.size()) {
                Outbound.Button button = choices.get(choice - 1);
                out.println(INDENT + "[" + button.label() + "]");
                return Inbound.button(chat, button.data());
            }
        }
        if (typed.startsWith("/") && typed.length() > 1) {
            return Inbound.command(chat, typed.substring(1));
        }
        return Inbound.text(chat, typed);
    }

    /** One turn's answers; the numbers shown are this turn's buttons only, counted across its messages. */
    void show(List<Outbound> replies) {
        choices.clear();
        for (Outbound reply : replies) {
            out.println();
            out.println("Aliada: " + reply.plainText().strip().replace("\n", "\n" + INDENT));
            if (reply.image() != null) {
                out.println(INDENT + text("web.terminal.image", "file", save(reply.image())));
            }
            if (reply.document() != null) {
                out.println(INDENT + text("web.terminal.document", "file", save(reply.document())));
            }
            reply.buttons().stream().flatMap(List::stream).forEach(button -> {
                choices.add(button);
                out.println("   " + choices.size() + ") " + button.label());
            });
        }
    }

    /** Writes an attachment to the folder (numbered, so a second chart does not overwrite the first). */
    private String save(Outbound.Attachment recipeOrFile) {
        Outbound.Attachment attachment = drawings.shown(recipeOrFile);
        String name = (++saved) + "-" + attachment.fileName().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        try {
            Files.createDirectories(files);
            Path file = files.resolve(name);
            Files.write(file, attachment.bytes());
            return file.toAbsolutePath().toString();
        } catch (IOException e) {
            return attachment.fileName() + " (" + text("web.terminal.not-saved") + ")";
        }
    }

    private String text(String key, Object... nameValues) {
        return texts.get().get(key, lang, nameValues);
    }

    private boolean prompt() {
        out.print("\n> ");
        out.flush();
        return true;
    }

    /** Spanish first: English only when the terminal's LANG (or LC_ALL) asks for it. */
    static String terminalLanguage() {
        String lang = System.getenv().getOrDefault("LC_ALL", System.getenv().getOrDefault("LANG", ""));
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "es";
    }
}
