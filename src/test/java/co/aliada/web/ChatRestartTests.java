package co.aliada.web;

import static co.aliada.conversation.TestTexts.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.aliada.AliadaApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

class ChatRestartTests {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        // as arguments, which win over application.properties (builder properties are only defaults)
        return new SpringApplicationBuilder(AliadaApplication.class).run(
                "--server.port=0", "--aliada.telegram.token=",
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("aliada").toAbsolutePath());
    }

    private static ChatClient client(ConfigurableApplicationContext context) {
        return new ChatClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void afterARestartTheNextMessageContinuesAtTheSameStepWithEarlierAnswersKept() {
        try (ConfigurableApplicationContext first = start()) {
            ChatClient chat = client(first);
            chat.text("restart1", "/start");
            chat.button("restart1", "consent:yes");
            chat.button("restart1", "sector:manufacturing");
            assertThat(chat.button("restart1", "size:medium").texts())
                    .containsExactly(plain("profile.municipality.question", "es"));
        }
        try (ConfigurableApplicationContext second = start()) {
            ChatClient chat = client(second);
            assertThat(chat.text("restart1", "Timbío").texts()).containsExactly(
                    plain("profile.municipality.saved", "es", "municipality", "Timbío"),
                    plain("profile.company.question", "es"));
            String saved = second.getBean(JdbcTemplate.class)
                    .queryForObject("select data from chat_state where chat = 'web:restart1'", String.class);
            assertThat(saved).contains("\"profile.sector\":\"manufacturing\"", "\"profile.size\":\"medium\"",
                    "\"profile.municipality\":\"Timbío\"");
        }
    }
}
