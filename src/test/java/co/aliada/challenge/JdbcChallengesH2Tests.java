package co.aliada.challenge;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class JdbcChallengesH2Tests extends JdbcChallengesContract {

    @BeforeEach
    void database() {
        migrate(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:challenge-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }
}
