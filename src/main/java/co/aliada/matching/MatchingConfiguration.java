package co.aliada.matching;

import java.time.Clock;

import co.aliada.catalog.CatalogProperties;
import co.aliada.content.HotReload;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {


    /** The live catalogue and its index; a change is validated and indexed beside it, then swapped in. */
    @Bean(destroyMethod = "close")
    HotReload<CatalogIndex> catalog(CatalogProperties properties, Clock clock) {
        return new HotReload<>("catalog", properties.dir(), CatalogIndex::load, HotReload.DEBOUNCE, clock).loadInBackground().watch();
    }

    @Bean
    Matcher matcher(HotReload<CatalogIndex> catalog, MeterRegistry registry) {
        return new MatchMetrics(new LuceneMatcher(() -> catalog.current().content()), registry);
    }
}
