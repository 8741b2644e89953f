package floor;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A small query every 5 s, as the application's replicas poll the database (so that the scheduler runs). */
@ApplicationScoped
public class Housekeeping {

    volatile long items;

    @Scheduled(every = "5s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void poll() {
        items = FloorItem.count();
    }
}
