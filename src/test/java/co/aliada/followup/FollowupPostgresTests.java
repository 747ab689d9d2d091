package co.aliada.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import co.aliada.TestClock;
import co.aliada.conversation.Outbound;
import co.aliada.conversation.TestTexts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Several instances on one PostgreSQL, as behind a load balancer: each follow-up is planned once and sent once. */
class FollowupPostgresTests {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void instancesRunningTogetherPlanAndSendEachFollowUpOnce() throws Exception {
        FollowupTestDatabase db = new FollowupTestDatabase(postgres.getPostgresDatabase());
        FollowupStore store = new FollowupStore(db.jdbc);
        TestClock clock = TestClock.fixedAt(FollowupScheduleTests.MONDAY);
        for (int i = 0; i < 40; i++) {
            store.decide("tg:" + i, true, clock.instant());
            db.challenge("tg:" + i, clock.instant());
        }
        List<Outbound> outbox = new CopyOnWriteArrayList<>();
        List<FollowupSchedule> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(new FollowupSchedule(new FollowupStore(db.jdbc), new FollowupMessages(TestTexts::texts, db.challenges()),
                    new FollowupProperties(FollowupScheduleTests.AFTER, FollowupScheduleTests.REASSESS, Duration.ofMinutes(1)),
                    FollowupScheduleTests.OFFICE, db.tx, () -> outbox::addAll, clock));
        }

        together(instances); // all plan at once: the unique key keeps one row per challenge
        assertThat(db.jdbc.queryForObject("select count(*) from followup_message", Integer.class)).isEqualTo(40);
        clock.set(FollowupScheduleTests.MONDAY.plus(FollowupScheduleTests.AFTER).plusSeconds(60));
        together(instances);

        assertThat(outbox).hasSize(40).extracting(Outbound::chat).doesNotHaveDuplicates();
        store.blocked("tg:0", clock.instant());
        store.decide("tg:1", false, clock.instant());
        assertThat(store.isBlocked("tg:0")).isTrue();
        assertThat(new FollowupData(store).export("tg:1").toString()).contains("false");
        new FollowupData(store).erase("tg:2");
        assertThat(db.statuses("tg:2")).isEmpty();
    }

    private static void together(List<FollowupSchedule> instances) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            instances.forEach(instance -> runs.add(pool.submit(instance::run)));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
