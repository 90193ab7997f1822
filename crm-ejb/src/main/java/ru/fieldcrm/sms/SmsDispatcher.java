package ru.fieldcrm.sms;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.sms.SmsGateway.DeliveryOutcome;
import ru.fieldcrm.sms.SmsGateway.LookupOutcome;
import ru.fieldcrm.sms.SmsGateway.SendOutcome;
import ru.fieldcrm.sms.SmsOutboxStore.Claimed;

/**
 * Sends what the outbox holds. Every instance runs this timer each second (a non-persistent
 * timer: the outbox, not the timer, is what must survive): it first settles claims left by an
 * instance that stopped while sending (asking the gateway whether it took the message), then, out
 * of quiet hours, claims due messages in batches and hands them to the gateway in parallel, and
 * finally asks the gateway about the delivery of sent ones. Transient failures are tried again
 * with a growing pause; after {@value #MAX_ATTEMPTS} attempts the message fails.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
@ManagedExecutorDefinition(name = "java:module/concurrent/SmsSenders", maxAsync = SmsDispatcher.PARALLEL)
public class SmsDispatcher {

    static final int PARALLEL = 16;
    static final int BATCH = 4 * PARALLEL;
    static final int MAX_ATTEMPTS = 8;
    /** Failures after which the gateway may have the message though it did not say so. */
    private static final Set<String> AMBIGUOUS = Set.of("TIMEOUT", "NETWORK");
    /**
     * A claim older than this belongs to an instance that stopped: longer than a batch can take
     * (four rounds of the HTTP client's 5 s connect and 15 s answer timeouts).
     */
    static final Duration STALE = Duration.ofMinutes(3);
    private static final Duration FIRST_CHECK = Duration.ofSeconds(15);
    private static final Duration LAST_CHECK = Duration.ofDays(3);
    private static final Duration ROUND = Duration.ofSeconds(20);
    private static final Logger LOG = Logger.getLogger(SmsDispatcher.class.getName());

    @Resource
    TimerService timers;

    @Resource(lookup = "java:module/concurrent/SmsSenders")
    ManagedExecutorService senders;

    @Inject
    SmsOutboxStore store;

    @Inject
    SmsGateways gateways;

    @Inject
    CrmConfiguration configuration;

    private final Clock clock = Clock.systemUTC();
    private final AtomicBoolean busy = new AtomicBoolean();
    private String instance;
    private Instant startedAt;

    @PostConstruct
    void start() {
        instance = instanceName();
        startedAt = clock.instant();
        timers.createIntervalTimer(2_000, 1_000, new TimerConfig("sms-dispatch", false));
        LOG.info(() -> "SMS dispatcher started on " + instance);
    }

    @Timeout
    void tick() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            SmsSettings settings = store.settings();
            recoverStale(settings);
            sendDue(settings);
            checkDeliveries(settings);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SMS dispatch round failed; the next one tries again", e);
        } finally {
            busy.set(false);
        }
    }

    /**
     * Writes a test message and sends it at once, whatever the quiet hours; it is claimed as it is
     * written, so the timer never takes it. Answers its id.
     */
    public long sendTest(String phone, String text, Auditor.Actor actor) {
        SmsSettings settings = store.settings();
        Claimed message = store.writeTest(phone, text, clock.instant(), actor, instance, settings.gateway());
        deliver(message, settings, true);
        return message.id();
    }

    private void recoverStale(SmsSettings settings) {
        Instant now = clock.instant();
        for (Claimed message : store.claimStale(now, instance, startedAt, now.minus(STALE), BATCH)) {
            recover(message, settings, true);
        }
    }

    private void sendDue(SmsSettings settings) {
        Instant started = clock.instant();
        if (settings.quiet(configuration.companyZone()).contains(started)) {
            return;
        }
        List<Claimed> batch;
        do {
            batch = store.claimDue(clock.instant(), instance, settings.gateway(), BATCH);
            List<Future<?>> sending = batch.stream()
                    .<Future<?>>map(message -> senders.submit(() -> deliver(message, settings, false))).toList();
            for (Future<?> send : sending) {
                await(send);
            }
        } while (batch.size() == BATCH && clock.instant().isBefore(started.plus(ROUND)));
    }

    /**
     * Hands a claimed message to its gateway and records what the gateway answered. A message
     * tried before is first looked up at the gateway (an earlier attempt may have reached it
     * though its answer was lost), unless the caller has just done so.
     */
    private void deliver(Claimed message, SmsSettings settings, boolean lookedUp) {
        Instant now = clock.instant();
        if (message.gateway() == SmsGatewayKind.JOURNAL) {
            store.journaled(message, now);
            return;
        }
        if (message.gateway() != settings.gateway()) {
            store.retry(message, null, null, now);
            return;
        }
        if (!lookedUp && message.attempts() > 1) {
            recover(message, settings, message.lastError() != null && AMBIGUOUS.contains(message.lastError()));
            return;
        }
        SendOutcome outcome;
        try {
            outcome = gateways.of(message.gateway()).send(settings.account(), message.outgoing());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SMS " + message.id() + ": the gateway adapter failed", e);
            outcome = new SendOutcome.TransientFailure("ERROR", e.getClass().getSimpleName());
        }
        record(message, outcome, now);
    }

    private void record(Claimed message, SendOutcome outcome, Instant now) {
        if (outcome instanceof SendOutcome.Accepted accepted) {
            store.sent(message, accepted.gatewayMessageId(), clock.instant(), now.plus(FIRST_CHECK));
            LOG.fine(() -> "SMS " + message.id() + " accepted by " + message.gateway());
        } else if (outcome instanceof SendOutcome.PermanentFailure failure) {
            store.failed(message, failure.code(), failure.text());
            LOG.info(() -> "SMS " + message.id() + " refused by " + message.gateway() + ": " + failure.code());
        } else if (outcome instanceof SendOutcome.TransientFailure failure) {
            if (message.attempts() >= MAX_ATTEMPTS) {
                store.failed(message, "TOO_MANY_ATTEMPTS", failure.code() + ": " + failure.text());
                LOG.info(() -> "SMS " + message.id() + " failed after " + message.attempts() + " attempts");
            } else {
                store.retry(message, failure.code(), failure.text(), now.plus(backoff(message.attempts())));
                LOG.fine(() -> "SMS " + message.id() + " to be tried again: " + failure.code());
            }
        }
    }

    /** 15 s after the first attempt, doubling up to 30 minutes (eight attempts take about an hour). */
    static Duration backoff(int attempts) {
        long seconds = 15L << Math.min(Math.max(attempts - 1, 0), 7);
        return Duration.ofSeconds(Math.min(seconds, 1800));
    }

    /**
     * A message that may already be at the gateway (claimed by an instance that stopped, or tried
     * before): sent again only if the gateway says it does not have it. Where the gateway cannot
     * tell and the message may have reached it, it is left uncertain for an administrator.
     */
    private void recover(Claimed message, SmsSettings settings, boolean uncertainIfUnknowable) {
        if (message.gateway() == SmsGatewayKind.JOURNAL) {
            store.journaled(message, clock.instant());
            return;
        }
        LookupOutcome found;
        try {
            found = gateways.of(message.gateway()).lookup(settings.account(), message.outgoing());
        } catch (RuntimeException e) {
            found = new LookupOutcome.Unknown("ERROR", e.getClass().getSimpleName());
        }
        if (found instanceof LookupOutcome.Found taken) {
            store.sent(message, taken.gatewayMessageId(), clock.instant(), clock.instant().plus(FIRST_CHECK));
            LOG.info(() -> "SMS " + message.id() + " was taken by the gateway before: recorded as sent");
        } else if (found instanceof LookupOutcome.NotFound) {
            LOG.info(() -> "SMS " + message.id() + " was not taken by the gateway before: sending it");
            deliver(message, settings, true);
        } else if (found instanceof LookupOutcome.Unsupported && !uncertainIfUnknowable) {
            deliver(message, settings, true);
        } else if (found instanceof LookupOutcome.Unsupported) {
            store.uncertain(message);
            LOG.warning(() -> "SMS " + message.id() + " may or may not have been sent before a stop: left to an"
                    + " administrator");
        } else {
            store.release(message, clock.instant().minus(STALE).plusSeconds(30));
        }
    }

    private void checkDeliveries(SmsSettings settings) {
        Instant now = clock.instant();
        for (SmsOutboxStore.Sent sent : store.dueForCheck(now, BATCH)) {
            if (sent.gateway() != settings.gateway()) {
                store.checkLater(sent.id(), null);
                continue;
            }
            DeliveryOutcome outcome;
            try {
                outcome = gateways.of(sent.gateway()).delivery(settings.account(), sent.gatewayMessageId(), sent.phone());
            } catch (RuntimeException e) {
                outcome = new DeliveryOutcome.Unknown("ERROR", e.getClass().getSimpleName());
            }
            if (outcome instanceof DeliveryOutcome.Delivered) {
                store.delivered(sent.id(), now);
            } else if (outcome instanceof DeliveryOutcome.Undelivered undelivered) {
                store.undelivered(sent.id(), undelivered.code(), undelivered.text(), now);
            } else {
                Duration pause = Duration.ofSeconds(Math.min(15L << Math.min(sent.checks(), 8), 3600));
                store.checkLater(sent.id(), sent.sentAt().plus(LAST_CHECK).isBefore(now) ? null : now.plus(pause));
            }
        }
    }

    private static void await(Future<?> send) {
        try {
            send.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Sending an SMS failed", e.getCause());
        }
    }

    /** This instance's name, the same after a restart: instance, host and domain directory. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String name = System.getProperty("com.sun.aas.instanceName", "server") + "@" + host + ":"
                + System.getProperty("com.sun.aas.instanceRoot", "");
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
