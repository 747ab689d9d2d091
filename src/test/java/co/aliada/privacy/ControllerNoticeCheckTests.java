package co.aliada.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import co.aliada.conversation.Texts;
import org.junit.jupiter.api.Test;

class ControllerNoticeCheckTests {

    @Test
    void theShippedControllerTextIsAPlaceholderToEdit() {
        assertThat(ControllerNoticeCheck.unedited(EngineWithoutSpring.TEXTS)).isTrue();
    }

    @Test
    void anEditedControllerTextPasses() {
        Texts edited = new Texts(Map.of(ControllerNoticeCheck.KEY,
                Map.of("es", "Responsable: Corporación Ejemplo, NIT 900.000.000-1", "en", "Controller: Example Corp.")));
        assertThat(ControllerNoticeCheck.unedited(edited)).isFalse();
    }
}
