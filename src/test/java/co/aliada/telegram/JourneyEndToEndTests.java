package co.aliada.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import co.aliada.conversation.TestTexts;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The guided journey of issue 4 through the real TelegramBots client and a Bot API double, with the
 * shipped catalogue and the real Lucene matcher: /start, consent, profile, the fifteen self-check
 * questions, the result and its chart, two challenges with their recommendations, and the summary.
 */
class JourneyEndToEndTests {

    /** One answer per question, in order (0 = "we don't do it" … 4 = "embedded and sustained"). */
    static final int[] ANSWERS = {2, 1, 2, 3, 1, 2, 0, 1, 2, 2, 3, 1, 1, 2, 2};

    static final LiveBot bot = LiveBot.shared();
    static final BotApiDouble api = bot.api();

    /** What a language's journey writes and expects. */
    record Script(String lang, long chat, String sector, String sectorLabel, String size, String municipality,
                  String brand, String orders, String ordersRestated, String summaryCommand, String level,
                  String brandPillar, String ordersPillar, String brandService, String link) {
    }

    static final Script SPANISH = new Script("es", 4101, "commerce", "Comercio", "1 a 10", "Popayán",
            "no me compran, la gente no conoce mi marca y casi nadie sabe que existimos",
            "llevo los pedidos en un cuaderno y se me pierden, a veces despacho tarde o dos veces",
            "¿Cómo podríamos salir adelante, ahora que llevo los pedidos en un cuaderno", "/resumen", "Implementación",
            "Posicionamiento en el mercado", "Gestión y administración de tecnología", "Posicionamiento de marca",
            "<a href=\"https://");
    static final Script ENGLISH = new Script("en", 4102, "commerce", "Commerce", "1 to 10", "Popayán",
            "people don't buy from me, nobody knows my brand and hardly anyone knows we exist",
            "I keep orders in a notebook and they get lost, sometimes I ship late or twice",
            "How might we move forward, now that I keep orders in a notebook", "/summary", "Implementation",
            "Market Positioning", "Technology Management and Administration", "Brand positioning", "<a href=\"https://");

    @Test
    void spanishSpeakerGoesFromStartToASummaryWithServicesAndInstitutions() {
        journey(SPANISH);
    }

    @Test
    void englishSpeakerGoesFromStartToASummaryWithServicesAndInstitutions() {
        journey(ENGLISH);
    }

    private void journey(Script s) {
        Person ana = new Person(api, s.chat(), s.lang());
        onboard(ana, s.sector(), s.municipality());

        BotApiDouble.Call result = selfCheck(ana, ANSWERS);
        assertThat(result.text()).contains(s.level());
        BotApiDouble.Call photo = ana.awaits(call -> call.is("sendPhoto"));
        assertThat(png(photo)).as("the radar chart is sent as a PNG photo").isTrue();
        assertThat(photo.text()).contains(s.level());
        ana.awaitsButton("driver:");

        BotApiDouble.Call brand = challenge(ana, "driver:users", s.brand(), 3, 2, 3);
        BotApiDouble.Call orders = challenge(ana, "driver:problem", s.orders(), 2, 3, 2);
        List<List<String>> services = recommended(s.chat());
        assertThat(services).hasSize(2);
        assertThat(services.get(0).get(0)).as("a brand problem is met by marketing and brand services")
                .isIn("mp-brand-positioning", "pd-marketing-branding", "mp-advertising");
        assertThat(services.get(1).get(0)).as("lost paper orders are met by process and software services")
                .isIn("tm-solution-implementation", "ci-process-automation", "ci-process-advice");
        // an institution that offers brand positioning, the first brand service of the catalogue
        assertThat(brand.text()).contains(s.brandPillar(), "Fundación Universitaria de Popayán", s.link())
                .as("an unverified contact shows the institution's website, never an example address").doesNotContain("example.org");
        // the pillar named is the first service's: the same three services are right above
        String ordersPillar = services.get(1).get(0).startsWith("ci-")
                ? (s == SPANISH ? "Mejora continua" : "Continuous Improvement") : s.ordersPillar();
        assertThat(orders.text()).contains(ordersPillar, "Universidad del Cauca");
        assertThat(orders.text()).as("the person's own words are restated").contains(s.ordersRestated());

        ana.says(s.summaryCommand());
        String summary = ana.awaits(call -> call.text().contains(s.sectorLabel())).text();
        assertThat(summary).contains(s.municipality(), s.size(), s.level(), "8/9", "7/9", s.brandService(), "ERP")
                .as("a Telegram message can be forwarded, and the footer says so")
                .endsWith(TestTexts.texts().get("summary.footer", s.lang()));
        String brandClause = s.brand().substring(0, s.brand().indexOf(',')); // the restatement keeps the first clause
        assertThat(summary.indexOf(brandClause)).as("challenges by priority").isLessThan(summary.indexOf(s.ordersRestated()))
                .isPositive();

        System.out.printf("Journey (%s): the bot sent %d messages (1 photo); the person made %d taps and typed %d messages%n",
                s.lang(), ana.all().size(), ana.taps(), ana.typed());
    }

    @Test
    void aRestartInTheMiddleOfTheSelfCheckResumesAtTheSameQuestionWithTheSameResult() {
        Person whole = new Person(api, 4201, "es");
        onboard(whole, "agribusiness", "Timbío");
        List<String> asked = new ArrayList<>();
        String expected = selfCheck(whole, ANSWERS, asked).text();
        byte[] expectedChart = whole.awaits(call -> call.is("sendPhoto")).file("photo");

        Person paused = new Person(api, 4202, "es");
        onboard(paused, "agribusiness", "Timbío");
        BotApiDouble.Call question = paused.awaitsButton("sc:");
        for (int i = 0; i < 6; i++) {
            String data = option(question, ANSWERS[i]);
            paused.taps(data);
            question = paused.awaits(call -> call.buttonData().stream().anyMatch(d -> d.startsWith("sc:") && !d.equals(data)
                    && !d.startsWith("sc:back") && !d.startsWith(data.substring(0, data.lastIndexOf(':') + 1))));
        }
        bot.restart();

        paused.says("/continuar");
        BotApiDouble.Call again = paused.awaitsButton("sc:");
        assertThat(again.text()).contains("Pregunta 7 de 15");
        assertThat(option(again, 0)).isEqualTo("sc:" + asked.get(6) + ":0");
        int[] rest = Arrays.copyOfRange(ANSWERS, 6, ANSWERS.length);
        String resumed = selfCheck(paused, rest, new ArrayList<>()).text();

        assertThat(resumed).isEqualTo(expected);
        assertThat(paused.awaits(call -> call.is("sendPhoto")).file("photo")).isEqualTo(expectedChart);
    }

    static void onboard(Person ana, String sector, String municipality) {
        ana.says("/start").awaitsButton("consent:yes");
        ana.taps("consent:yes").awaitsButton("sector:");
        ana.taps("sector:" + sector).awaitsButton("size:");
        ana.taps("size:micro").awaitsText("profile.municipality.question");
        ana.says(municipality).awaitsButton("company:skip");
        ana.taps("company:skip");
    }

    /** The ids of the services recommended for each of the chat's challenges, in the order they were written. */
    static List<List<String>> recommended(long chat) {
        return bot.context().getBean(JdbcTemplate.class).queryForList(
                "select services from challenge where chat = ? order by id", String.class, "tg:" + chat)
                .stream().map(ids -> List.of(ids.split(","))).toList();
    }

    static BotApiDouble.Call selfCheck(Person ana, int[] answers) {
        return selfCheck(ana, answers, new ArrayList<>());
    }

    /**
     * Answers the questions from the one shown on, reading the buttons the bot sent; notes the question
     * ids asked and returns the result message.
     */
    static BotApiDouble.Call selfCheck(Person ana, int[] answers, List<String> asked) {
        BotApiDouble.Call question = ana.awaitsButton("sc:");
        for (int i = 0; i < answers.length; i++) {
            String data = option(question, answers[i]);
            asked.add(data.split(":")[1]);
            ana.taps(data);
            if (i < answers.length - 1) {
                String shown = data.substring(0, data.lastIndexOf(':') + 1);
                question = ana.awaits(call -> call.buttonData().stream()
                        .anyMatch(d -> d.startsWith("sc:") && !d.startsWith("sc:back") && !d.startsWith("sc:what")
                                && !d.startsWith(shown)));
            }
        }
        return ana.awaits(call -> call.is("sendMessage") && call.buttonData().isEmpty()
                && !call.text().isBlank() && call.text().length() > 200);
    }

    /** The data of option {@code n} of the question shown in this message. */
    static String option(BotApiDouble.Call question, int n) {
        List<String> options = question.buttonData().stream().filter(d -> d.startsWith("sc:") && !d.startsWith("sc:back")
                && !d.startsWith("sc:what")).toList();
        assertThat(options).hasSize(5);
        return options.get(n);
    }

    /** Writes a challenge through its steps and returns the recommendation message. */
    static BotApiDouble.Call challenge(Person ana, String driver, String text, int urgency, int feasibility, int impact) {
        if (ana.last().map(c -> c.buttonData().stream().noneMatch(d -> d.startsWith("driver:"))).orElse(true)) {
            ana.taps("/nuevo_reto").awaitsButton("driver:");
        }
        ana.taps(driver).awaitsText("challenge.build.question");
        ana.says(text).awaitsButton("rate:");
        ana.taps("rate:" + urgency + ":urgency").awaitsButton("rate:");
        ana.taps("rate:" + feasibility + ":feasibility").awaitsButton("rate:");
        ana.taps("rate:" + impact + ":impact").awaitsButton("discover:skip");
        ana.taps("discover:skip").awaitsButton("define:ok");
        ana.taps("define:ok");
        return ana.awaitsButton("/nuevo_reto");
    }

    static boolean png(BotApiDouble.Call photo) {
        byte[] bytes = photo.file("photo");
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        return bytes != null && bytes.length > 1000 && Arrays.equals(Arrays.copyOf(bytes, 8), signature);
    }
}
