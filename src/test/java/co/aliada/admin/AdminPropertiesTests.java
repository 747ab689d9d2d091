package co.aliada.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class AdminPropertiesTests {

    @Test
    void aShortDashboardPasswordIsRefusedWithTheSettingNamedAndNeverItsValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AdminProperties(List.of(), "s3cret", null))
                .withMessageContaining("aliada.admin.dashboard-password").withMessageContaining("12")
                .withMessageNotContaining("s3cret");
    }

    @Test
    void noPasswordTurnsTheDashboardOffAndALongOneOn() {
        assertThat(new AdminProperties(null, null, null).dashboardEnabled()).isFalse();
        assertThat(new AdminProperties(null, " ", null).dashboardEnabled()).isFalse();
        assertThat(new AdminProperties(null, "correct-horse-battery", null).dashboardEnabled()).isTrue();
    }

    @Test
    void printingTheSettingsShowsNoPassword() {
        assertThat(new AdminProperties(List.of(7L), "correct-horse-battery", null).toString())
                .doesNotContain("correct-horse-battery").contains("7");
    }
}
