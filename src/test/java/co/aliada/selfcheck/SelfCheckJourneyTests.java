package co.aliada.selfcheck;

import java.util.List;

import co.aliada.content.ContentPart;
import co.aliada.conversation.ConversationEngine;
import co.aliada.conversation.Inbound;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = {"aliada.telegram.token=",
        "spring.datasource.url=jdbc:h2:mem:selfcheck-journey;DB_CLOSE_DELAY=-1"})
class SelfCheckJourneyTests {

    private static final String CHAT = "web:journey";

    @Autowired
    ConversationEngine engine;

    @Autowired
    JdbcTemplate db;

    @Autowired
    ContentPart<SelfCheck> selfCheck;

    private List<Outbound> say(Inbound in) {
        return engine.handle(in);
    }

    @Test
    void goesFromTheProfileThroughTheSelfCheckToItsStoredResult() {
        say(Inbound.command(CHAT, "start"));
        say(Inbound.button(CHAT, "consent:yes"));
        say(Inbound.button(CHAT, "sector:agribusiness"));
        say(Inbound.button(CHAT, "size:micro"));
        say(Inbound.text(CHAT, "Popayán"));
        List<Outbound> replies = say(Inbound.button(CHAT, "company:skip"));
        assertThat(replies).anyMatch(r -> r.text().contains("15 preguntas cortas"));
        assertThat(replies.get(replies.size() - 1).text()).contains("Pregunta 1 de 15");
        int[] answers = SelfCheckStepTests.EXAMPLE;
        List<String> ids = List.of("L1", "L2", "L3", "P1", "P2", "Pe1", "Pe2", "Pe3", "I1", "I2", "Pr1", "Pr2", "Pr3", "R1", "R2");
        for (int i = 0; i < ids.size(); i++) {
            replies = say(Inbound.button(CHAT, "sc:" + ids.get(i) + ":" + answers[i]));
        }
        assertThat(replies.get(0).text()).contains("Compromiso");
        assertThat(replies).anyMatch(r -> r.image() != null && r.image().fileName().equals("autodiagnostico.png"));
        assertThat(db.queryForObject("select sector from selfcheck_result where chat = ?", String.class, CHAT))
                .isEqualTo("agribusiness");
        assertThat(selfCheck.isLoaded()).isTrue();
    }
}
