package co.aliada.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import co.aliada.conversation.ChatState;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.InMemoryChatStore;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.MenuEntry;
import co.aliada.conversation.MenuStep;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestBot;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A self-check taken again shows the progress per area beside the previous result; earlier results stay. */
class SelfCheckRetakeTests {

    private static final String CHAT = "tg:retake";
    private static final List<String> IDS = List.of("L1", "L2", "L3", "P1", "P2", "Pe1", "Pe2", "Pe3", "I1", "I2",
            "Pr1", "Pr2", "Pr3", "R1", "R2");

    private final InMemoryChatStore store = new InMemoryChatStore();
    private final JdbcTemplate db = SelfCheckTestDatabase.fresh();
    private final ConversationEngine engine = TestBot.builder().store(store).texts(SelfCheckStepTests.TEXTS)
            .step(new SelfCheckStep(() -> SelfCheckStepTests.CONTENT, new SelfCheckResult(new SelfCheckHistory(db), Clock.systemUTC())))
            .step(new MenuStep(List.of(new MenuEntry(20, "selfcheck.menu", "menu:" + SelfCheckStep.ID)))).engine();

    @Test
    void theFirstSelfCheckHasNothingToCompareWith() {
        List<Outbound> replies = take(SelfCheckStepTests.EXAMPLE);
        assertThat(replies).noneMatch(r -> r.text().contains(text("selfcheck.progress.chart.previous")));
        assertThat(replies).noneMatch(r -> r.text().startsWith("<b>Su avance</b>"));
    }

    @Test
    void aRetakeSaysWhereItRoseAndDrawsBothOutlines() throws IOException {
        take(SelfCheckStepTests.EXAMPLE);
        int[] better = SelfCheckStepTests.EXAMPLE.clone();
        better[0] = 4; // leadership up
        better[13] = 3; // results up
        better[14] = 3;
        List<Outbound> replies = take(better);

        assertThat(replies).extracting(Outbound::text).contains(SelfCheckStepTests.TEXTS.get("selfcheck.progress", "es",
                "changes", "subió en Liderazgo y Resultados, igual en Planificación, Personas, Inteligencia de la innovación y Procesos"));
        Outbound chart = replies.stream().filter(r -> r.image() != null).findFirst().orElseThrow();
        assertThat(chart.text()).contains(text("selfcheck.progress.chart.previous"));
        assertThat(grey(new RadarDrawer().draw(chart.image()).bytes())).isGreaterThan(2_000);
        assertThat(db.queryForObject("select count(*) from selfcheck_result where chat = ?", Integer.class, CHAT)).isEqualTo(2);
    }

    @Test
    void theChartOfAFirstSelfCheckHasNoSecondOutline() throws IOException {
        List<String> areas = List.of("A", "B", "C", "D", "E", "F");
        List<Double> now = List.of(2.0, 2.0, 2.0, 2.0, 2.0, 2.0);
        byte[] alone = RadarChart.png("t", areas, now, Locale.ENGLISH);
        byte[] both = RadarChart.png("t", areas, now, List.of(1.0, 3.0, 1.0, 3.0, 1.0, 3.0), Locale.ENGLISH);
        assertThat(grey(both)).isGreaterThan(grey(alone) + 2_000);
    }

    private List<Outbound> take(int[] answers) {
        store.put(new ChatState(CHAT, "es", ConversationEngine.MENU, ChatState.Consent.ACCEPTED,
                Map.of("profile.sector", "ict", "profile.size", "micro")));
        engine.handle(Inbound.button(CHAT, "menu:selfcheck"));
        List<Outbound> replies = List.of();
        for (int i = 0; i < IDS.size(); i++) {
            replies = engine.handle(Inbound.button(CHAT, "sc:" + IDS.get(i) + ":" + answers[i]));
        }
        return replies;
    }

    private static String text(String key) {
        return SelfCheckStepTests.TEXTS.get(key, "es");
    }

    /** Pixels of the previous outline's grey. */
    private static int grey(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.abs(r - 0x8A) < 12 && Math.abs(g - 0x94) < 12 && Math.abs(b - 0xA0) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
