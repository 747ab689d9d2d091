package co.aliada.admin;

import java.time.Clock;
import java.util.List;

import co.aliada.catalog.CatalogProperties;
import co.aliada.challenge.ChallengeContent;
import co.aliada.content.IntentsProperties;
import co.aliada.conversation.Command;
import co.aliada.content.ContentPart;
import co.aliada.content.LiveContent;
import co.aliada.conversation.Texts;
import co.aliada.matching.CatalogIndex;
import co.aliada.selfcheck.SelfCheckLabels;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    FigureLabels figureLabels(ContentPart<Texts> texts, SelfCheckLabels selfCheck, ContentPart<ChallengeContent> challenges,
                              ContentPart<CatalogIndex> catalog) {
        return new FigureLabels(() -> texts.current().content(), selfCheck, () -> challenges.current().content(),
                () -> catalog.current().content().catalog());
    }

    @Bean
    AdminMetrics adminMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        AdminMetrics metrics = new AdminMetrics(registry, jdbc);
        metrics.bind();
        return metrics;
    }

    @Bean
    FigureData figureData(JdbcTemplate jdbc) {
        return new FigureData(jdbc);
    }

    @Bean
    FiguresService figuresService(FigureData data, FigureLabels labels,
                                  org.springframework.beans.factory.ObjectProvider<co.aliada.followup.FollowupFigures> followup) {
        return new FiguresService(data, labels, () -> {
            co.aliada.followup.FollowupFigures figures = followup.getIfAvailable();
            return figures == null ? java.util.Map.of() : figures.all();
        });
    }

    @Bean
    AdminDesk adminDesk(AdminProperties admins, LiveContent contents, CatalogProperties catalog,
                        IntentsProperties intents, FiguresService figures, FigureData data, ContentPart<Texts> texts,
                        MeterRegistry registry, Clock clock) {
        ContentFiles files = new ContentFiles(List.of(new ContentFiles.Root("catalog", catalog.dir()),
                new ContentFiles.Root("intents", intents.dir())), admins.backupDir(), clock);
        return new AdminDesk(admins, contents, files, figures, data, () -> texts.current().content(), registry);
    }

    @Bean
    Command adminCommand(AdminDesk desk) {
        return new AdminCommand(desk);
    }
}
