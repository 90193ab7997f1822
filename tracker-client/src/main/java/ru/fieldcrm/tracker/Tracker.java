package ru.fieldcrm.tracker;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.fieldcrm.tracking.PositionReport;
import ru.fieldcrm.tracking.PositionRules;

/**
 * Journals fixes (at most one per {@code every}, only those the server would accept) and sends the
 * journal in order, a batch at a time, committing each batch only after the server has it.
 */
final class Tracker {

    private static final Logger LOG = Logger.getLogger(Tracker.class.getName());

    private final Journal journal;
    private final Sender sender;
    private final int batchSize;
    private final Duration every;
    private final Clock clock;
    private Instant lastKept;

    Tracker(Journal journal, Sender sender, int batchSize, Duration every, Clock clock) {
        this.journal = journal;
        this.sender = sender;
        this.batchSize = batchSize;
        this.every = every;
        this.clock = clock;
    }

    /** Called by the source for each fix. */
    synchronized void accept(PositionReport position) {
        if (lastKept != null && position.time().isBefore(lastKept.plus(every))) {
            return;
        }
        if (PositionRules.problem(position, clock.instant()).isPresent()) {
            LOG.fine("A fix the server would refuse is skipped");
            return;
        }
        try {
            journal.append(position);
            lastKept = position.time();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot write the journal", e);
        }
    }

    /**
     * Sends what waits, batch after batch, until the journal is empty or the server cannot take
     * more now. Answers how many positions the server acknowledged.
     */
    int flush() throws IOException, InterruptedException {
        int sent = 0;
        while (journal.hasPending()) {
            Journal.Batch batch = journal.next(batchSize);
            if (batch.positions().isEmpty()) {
                break;
            }
            Sender.Outcome outcome = sender.send(batch.positions());
            if (outcome == Sender.Outcome.RETRY) {
                LOG.info("Server not reached (status " + sender.lastStatus() + "): positions stay in the journal");
                break;
            }
            if (outcome == Sender.Outcome.REFUSED) {
                LOG.warning("The server refused a batch of " + batch.positions().size() + " positions; skipped");
            } else {
                sent += batch.positions().size();
            }
            journal.commit(batch.end());
        }
        return sent;
    }
}
