package ru.fieldcrm.calls;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The follow-ups of stored events, run one after another by a managed thread of their own, never
 * by the request that stored the event. Handing a managed executor a task for each event cost the
 * request more than the follow-up itself (the executor captures the request's context every time)
 * and would hold the executor's few threads from the other features' work; the thread is made
 * once, from the server's managed thread factory, when the first follow-up comes. Like an
 * executor's queue, what waits here lives in this server's memory, and at most {@link #LIMIT}.
 */
@ApplicationScoped
public class CallFollowUps {

    /** So many follow-ups may wait; more are dropped with a warning (their calls stay stored, unlinked). */
    static final int LIMIT = 20_000;

    private static final Logger LOG = Logger.getLogger(CallFollowUps.class.getName());

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>(LIMIT);
    private volatile Thread worker;
    private volatile boolean stopped;

    /** Queues a follow-up; it runs after those queued before it. */
    void add(long callId, Runnable followUp) {
        if (!waiting.offer(followUp)) {
            LOG.warning(() -> "Call " + callId + " stored but not linked: " + LIMIT + " follow-ups are waiting already");
        }
        Thread running = worker;
        if (running == null || !running.isAlive()) {
            start();
        }
    }

    private synchronized void start() {
        if (!stopped && (worker == null || !worker.isAlive())) {
            worker = threads.newThread(this::work);
            worker.setName("call-follow-ups");
            worker.start();
        }
    }

    private void work() {
        while (!stopped) {
            Runnable followUp;
            try {
                followUp = waiting.take();
            } catch (InterruptedException stop) {
                return;
            }
            try {
                followUp.run();
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "A call's follow-up failed", failure);
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (worker != null) {
            worker.interrupt();
        }
    }
}
