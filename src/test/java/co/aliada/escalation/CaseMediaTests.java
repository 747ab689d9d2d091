package co.aliada.escalation;

import static co.aliada.escalation.EscalationHarness.GROUP;
import static co.aliada.escalation.EscalationHarness.USER;
import static co.aliada.escalation.EscalationHarness.textTo;
import static co.aliada.escalation.EscalationHarness.to;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.aliada.conversation.Inbound;
import co.aliada.conversation.Media;
import co.aliada.conversation.Outbound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Media and corrections in a case, both ways, without any channel: the engine only sees {@link Media} values. */
class CaseMediaTests {

    private static final Media PHOTO = new Media(Media.Type.PHOTO, "ref-photo", "la etiqueta <nueva>");
    private final EscalationHarness h = new EscalationHarness().withProfiledUser(USER);
    private String card;

    @BeforeEach
    void openACase() {
        card = h.openCaseWithMaria(USER);
    }

    @Test
    void aPersonsPhotoGoesToTheGroupAsItIsWithItsCaptionAndThePersonIsToldSo() {
        List<Outbound> replies = h.send(Inbound.unsupported(USER, "photo").withMedia(PHOTO));

        Outbound passed = to(GROUP, replies).get(0);
        assertThat(passed.media()).isEqualTo(PHOTO);
        assertThat(passed.thread()).isEqualTo("#caso-1");
        assertThat(passed.text()).contains("#caso-1", "Café &lt;Alto&gt; Cauca", "una foto", "la etiqueta &lt;nueva&gt;");
        assertThat(textTo(USER, replies)).contains("le pasé una foto a los asesores");
    }

    @Test
    void outsideACaseMediaGetAKindAnswerThatPointsToAnAdvisor() {
        h.send(Inbound.command(USER, "bot"));

        List<Outbound> replies = h.send(Inbound.unsupported(USER, "voice").withMedia(new Media(Media.Type.VOICE, "v", null)));

        assertThat(to(GROUP, replies)).isEmpty();
        assertThat(textTo(USER, replies)).contains("/asesor");
    }

    @Test
    void theOwnersMediaReplyReachesThePersonAndAColleaguesIsHeldUntilTheCaseIsTheirs() {
        h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);
        Media plan = new Media(Media.Type.DOCUMENT, "ref-plan", "El plan");

        List<Outbound> replies = h.engine.handle(new Inbound(GROUP, "501", "María José", "es", Inbound.Kind.UNSUPPORTED,
                "document", null, card).withMedia(plan));
        Outbound toUser = to(USER, replies).get(0);
        assertThat(toUser.media()).isEqualTo(plan);
        assertThat(toUser.plainText()).contains("María (asesora): El plan");

        Media sticker = new Media(Media.Type.STICKER, "ref-sticker", null);
        List<Outbound> held = h.engine.handle(new Inbound(GROUP, "502", "Pedro", "es", Inbound.Kind.UNSUPPORTED,
                "sticker", null, card).withMedia(sticker));
        assertThat(to(USER, held)).isEmpty();
        List<Outbound> handed = h.engine.handle(new Inbound(GROUP, "502", "Pedro", "es", Inbound.Kind.BUTTON,
                CaseActions.REASSIGN + 1, null, null));
        assertThat(to(USER, handed)).anySatisfy(o -> assertThat(o.media()).isEqualTo(sticker));
    }

    @Test
    void editsFromEitherSideArePassedOnAsCorrections() {
        h.consultant(Inbound.Kind.BUTTON, "case:take:1", null);

        List<Outbound> fromUser = h.send(Inbound.text(USER, "Somos 15 personas").asEdit());
        assertThat(textTo(GROUP, fromUser)).contains("#caso-1", "corrección: Somos 15 personas");
        assertThat(to(USER, fromUser)).isEmpty();

        List<Outbound> fromOwner = h.engine.handle(new Inbound(GROUP, "501", "María José", "es", Inbound.Kind.TEXT,
                "Le llamo el martes", null, card).asEdit());
        assertThat(textTo(USER, fromOwner)).contains("María (asesora) · corrección: Le llamo el martes");

        List<Outbound> fromColleague = h.engine.handle(new Inbound(GROUP, "502", "Pedro", "es", Inbound.Kind.TEXT,
                "otra cosa", null, card).asEdit());
        assertThat(fromColleague).as("nothing of a colleague's reached the person, so nothing is corrected").isEmpty();
    }

    @Test
    void anEditOutsideACaseChangesNothingAndIsNotAnswered() {
        h.send(Inbound.command(USER, "bot"));

        assertThat(h.send(Inbound.text(USER, "ayuda").asEdit())).isEmpty();
    }
}
