package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.sms.SmsGateway.GatewayAccount;
import ru.fieldcrm.sms.SmsGateway.OutgoingSms;
import ru.fieldcrm.sms.SmsGateway.SendOutcome;

/** What the fake gateway promises the tests that use it: holding sends, counting, and keeping up. */
class FakeSmsGatewayTest {

    private final FakeSmsGateway fake = FakeSmsGateway.start();

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private GatewayAccount smsc() {
        return new GatewayAccount(SmsGatewayKind.SMSC, fake.apiUrl(SmsGatewayKind.SMSC), "crm", "secret", null);
    }

    @Test
    void aHeldSendIsRecordedBeforeItIsAnswered() throws Exception {
        SmscGateway gateway = new SmscGateway();
        fake.hold();

        CompletableFuture<SendOutcome> outcome = CompletableFuture.supplyAsync(
                () -> gateway.send(smsc(), new OutgoingSms(5, "+79161234567", "Напоминание о визите", Instant.now())));

        assertTrue(fake.awaitHeld(1, Duration.ofSeconds(5)));
        assertEquals(1, fake.timesReceived(5), "recorded as received");
        assertFalse(outcome.isDone(), "but not answered");
        fake.release();
        assertEquals("5", assertInstanceOf(SendOutcome.Accepted.class, outcome.get(5, TimeUnit.SECONDS)).gatewayMessageId());
        assertEquals(0, fake.held());
    }

    @Test
    void aMessageSentTwiceIsCountedTwice() {
        SmscGateway gateway = new SmscGateway();
        OutgoingSms sms = new OutgoingSms(8, "+79161234567", "Мастер выехал", Instant.now());
        gateway.send(smsc(), sms);
        gateway.send(smsc(), sms);
        gateway.send(smsc(), new OutgoingSms(9, "+79161234567", "Мастер на месте", Instant.now()));

        assertEquals(3, fake.accepted());
        assertEquals(2, fake.timesReceived(8));
        assertEquals(2, fake.timesReceived("+7 916 123-45-67", "Мастер выехал"));
        Map<FakeSmsGateway.MessageKey, Integer> duplicates = fake.duplicates();
        assertEquals(Map.of(new FakeSmsGateway.MessageKey(SmsGatewayKind.SMSC, "8", "79161234567", "Мастер выехал"), 2),
                duplicates);
    }

    @Test
    void thousandsOfSendsFromSeveralThreadsAreEachRecordedOnce() throws Exception {
        int count = 4_000;
        SmsRuGateway smsRu = new SmsRuGateway();
        SmscGateway smscGateway = new SmscGateway();
        GatewayAccount smsRuAccount = new GatewayAccount(SmsGatewayKind.SMS_RU, fake.apiUrl(SmsGatewayKind.SMS_RU),
                null, "secret", null);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<SendOutcome>> outcomes = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                OutgoingSms sms = new OutgoingSms(i, "+7916" + String.format("%07d", i), "Сообщение " + i, Instant.now());
                outcomes.add(threads.submit(() -> sms.id() % 2 == 0
                        ? smsRu.send(smsRuAccount, sms)
                        : smscGateway.send(smsc(), sms)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<SendOutcome> f : outcomes) {
                ids.add(assertInstanceOf(SendOutcome.Accepted.class, f.get(60, TimeUnit.SECONDS)).gatewayMessageId());
            }
            assertEquals(count, ids.size(), "distinct gateway ids");
        } finally {
            threads.shutdownNow();
        }
        assertEquals(count, fake.accepted());
        assertEquals(count, fake.messages().size());
        assertTrue(fake.duplicates().isEmpty());
    }
}
