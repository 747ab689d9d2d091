package co.aliada.admin;

import co.aliada.challenge.ChallengeContent;
import co.aliada.content.HotReload;
import co.aliada.conversation.Texts;
import co.aliada.matching.CatalogIndex;
import co.aliada.selfcheck.SelfCheckLabels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    @Bean
    FigureLabels figureLabels(HotReload<Texts> texts, SelfCheckLabels selfCheck, HotReload<ChallengeContent> challenges,
                              HotReload<CatalogIndex> catalog) {
        return new FigureLabels(() -> texts.current().content(), selfCheck, () -> challenges.current().content(),
                () -> catalog.current().content().catalog());
    }

    @Bean
    FiguresService figuresService(JdbcTemplate jdbc, FigureLabels labels) {
        return new FiguresService(new FigureData(jdbc), labels);
    }
}
