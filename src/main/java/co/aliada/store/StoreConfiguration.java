package co.aliada.store;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The database folder is made owner-only before the pool opens the first file in it. */
    @Bean
    static BeanPostProcessor databaseFolder(@Value("${spring.datasource.url:}") String url) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DataSource) {
                    H2Files.of(url).ifPresent(H2Files::prepare);
                }
                return bean;
            }
        };
    }

    /** Every connection of the application's data source cleans the texts it stores (see {@link StorableDataSource}). */
    @Bean
    static BeanPostProcessor storableTexts() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !(bean instanceof StorableDataSource)
                        ? new StorableDataSource(source) : bean;
            }
        };
    }

    @Bean
    StaleRowsPurge staleRowsPurge(JdbcTemplate jdbc, Clock clock) {
        return new StaleRowsPurge(jdbc, clock);
    }

    /** Log tags are keyed from the first line logged after the database is up. */
    @Bean
    org.springframework.beans.factory.SmartInitializingSingleton logKey(JdbcTemplate jdbc) {
        return () -> LogKey.load(jdbc);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> databaseFiles(@Value("${spring.datasource.url:}") String url) {
        return ready -> H2Files.of(url).ifPresent(H2Files::restrict);
    }

    @Bean
    ErasedStorage erasedStorage(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        return H2Files.of(url).<ErasedStorage>map(files -> new StorageWipe(dataSource, files)).orElse(ErasedStorage.NONE);
    }

    @Bean
    Dialect dialect(DataSource dataSource) {
        return Dialect.of(dataSource);
    }

    @Bean
    ClusterLock clusterLock(JdbcTemplate jdbc, Clock clock, Dialect dialect) {
        return new ClusterLock(jdbc, clock, ClusterLock.thisInstance(), dialect == Dialect.POSTGRESQL);
    }
}
