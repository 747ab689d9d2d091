package co.aliada.store;

import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

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
                if (bean instanceof HikariDataSource pool && H2Files.of(url).isPresent()) {
                    pool.setAllowPoolSuspension(true); // the compaction after an erasure pauses it (StorageWipe)
                }
                return bean;
            }
        };
    }

    /**
     * Every connection of the application's data source cleans the texts it stores, and on the H2 file a
     * commit returns once it is written (see {@link StorableDataSource}).
     */
    @Bean
    static BeanPostProcessor storableTexts(@Value("${spring.datasource.url:}") String url) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource source && !(bean instanceof StorableDataSource)
                        ? new StorableDataSource(source, H2Files.of(url).isPresent() ? new GroupFlush() : null) : bean;
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

    /** One compaction at a time, after erasures; one under way finishes before the application stops. */
    @Bean
    ThreadPoolTaskExecutor storageWipeTasks() {
        ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor();
        tasks.setThreadNamePrefix("storage-wipe-");
        tasks.setCorePoolSize(1);
        tasks.setMaxPoolSize(1);
        tasks.setDaemon(true);
        tasks.setWaitForTasksToCompleteOnShutdown(true);
        tasks.setAwaitTerminationSeconds(60);
        return tasks;
    }

    @Bean
    ErasedStorage erasedStorage(DataSource dataSource, @Value("${spring.datasource.url:}") String url,
                                @Qualifier("storageWipeTasks") ThreadPoolTaskExecutor tasks) throws SQLException {
        java.util.Optional<H2Files> files = H2Files.of(url);
        if (files.isEmpty()) {
            return ErasedStorage.NONE;
        }
        if (!dataSource.isWrapperFor(HikariDataSource.class)) {
            log.warn("the embedded database is not behind the Hikari pool: erased rows stay in its file until a clean shutdown");
            return ErasedStorage.NONE;
        }
        return new StorageWipe(dataSource.unwrap(HikariDataSource.class), files.get(), tasks);
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
