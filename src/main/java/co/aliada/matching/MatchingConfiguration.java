package co.aliada.matching;

import co.aliada.catalog.CatalogProperties;
import co.aliada.content.ContentPart;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {


    /** The live catalogue and its index; a change is validated and indexed beside it, then swapped in. */
    @Bean
    ContentPart<CatalogIndex> catalog(CatalogProperties properties) {
        return ContentPart.of("catalog", properties.dir(), CatalogIndex::load);
    }

    @Bean
    Matcher matcher(ContentPart<CatalogIndex> catalog, MeterRegistry registry) {
        return new MatchMetrics(new LuceneMatcher(() -> catalog.current().content()), registry);
    }
}
