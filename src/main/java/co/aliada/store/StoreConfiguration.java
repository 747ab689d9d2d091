package co.aliada.store;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
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
    Dialect dialect(DataSource dataSource) {
        return Dialect.of(dataSource);
    }

    @Bean
    ClusterLock clusterLock(JdbcTemplate jdbc, Clock clock, Dialect dialect) {
        return new ClusterLock(jdbc, clock, ClusterLock.thisInstance(), dialect == Dialect.POSTGRESQL);
    }
}
