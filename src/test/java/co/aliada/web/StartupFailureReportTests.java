package co.aliada.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.aliada.AliadaApplication;
import co.aliada.content.TestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A setting an admin got wrong stops the start with the setting named and what to do, not a stack trace
 * (before, a short dashboard password ended in a hundred lines of bean-creation errors).
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTests {

    @Test
    void aShortDashboardPasswordStopsTheStartWithTheSettingNamedAndNoStackTrace(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(AliadaApplication.class, "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:short-password", "--aliada.telegram.token=",
                "--aliada.catalog.dir=" + TestContent.CATALOG, "--aliada.intents.dir=" + TestContent.INTENTS,
                "--aliada.admin.dashboard-password=s3cret")).isInstanceOf(RuntimeException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START", "aliada.admin.dashboard-password is too short")
                .doesNotContain("s3cret", "\tat ", "Application run failed");
    }
}
