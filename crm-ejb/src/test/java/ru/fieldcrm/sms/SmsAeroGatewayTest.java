package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.fieldcrm.sms.SmsGateway.DeliveryOutcome;
import ru.fieldcrm.sms.SmsGateway.GatewayAccount;
import ru.fieldcrm.sms.SmsGateway.LookupOutcome;
import ru.fieldcrm.sms.SmsGateway.OutgoingSms;
import ru.fieldcrm.sms.SmsGateway.SendOutcome;

/** The SMS Aero adapter against the fake gateway over loopback HTTP. */
class SmsAeroGatewayTest {

    private static final String EMAIL = "office@fieldcrm.ru";
    private static final String API_KEY = "aeroKey0123456789abcdefXYZ";
    private static final String PHONE = "+79161234567";
    private static final String TEXT = "Ваш заказ №301 выполнен. Спасибо, что выбрали нас!";

    private FakeSmsGateway fake;
    private final SmsAeroGateway gateway = new SmsAeroGateway();

    @BeforeEach
    void startFake() {
        fake = FakeSmsGateway.start().acceptOnly(EMAIL, API_KEY);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private GatewayAccount account(String key, String sender) {
        return new GatewayAccount(SmsGatewayKind.SMS_AERO, fake.apiUrl(SmsGatewayKind.SMS_AERO), EMAIL, key, sender);
    }

    private GatewayAccount account() {
        return account(API_KEY, "FieldCRM");
    }

    private static OutgoingSms sms(String phone, String text, Instant since) {
        return new OutgoingSms(301, phone, text, since);
    }

    private String send(String phone, String text) {
        return ((SendOutcome.Accepted) gateway.send(account(), sms(phone, text, Instant.now()))).gatewayMessageId();
    }

    @Test
    void anAcceptedMessageReachesTheGatewayWithBasicAuthentication() {
        SendOutcome outcome = gateway.send(account(), sms(PHONE, TEXT, Instant.now()));

        SendOutcome.Accepted accepted = assertInstanceOf(SendOutcome.Accepted.class, outcome);
        FakeSmsGateway.Message received = fake.messages().get(0);
        assertEquals(SmsGatewayKind.SMS_AERO, received.gateway());
        assertEquals(received.gatewayId(), accepted.gatewayMessageId());
        assertEquals("79161234567", received.phone());
        assertEquals(TEXT, received.text());
        assertEquals("FieldCRM", received.sender());
    }

    @Test
    void withoutASenderTheDefaultSignatureIsUsed() {
        gateway.send(account(API_KEY, null), sms(PHONE, TEXT, Instant.now()));

        assertEquals(SmsAeroGateway.DEFAULT_SIGN, fake.messages().get(0).sender());
    }

    @Test
    void wrongCredentialsArePermanentWithoutTheKeyInTheText() {
        SendOutcome.PermanentFailure failure = assertInstanceOf(SendOutcome.PermanentFailure.class,
                gateway.send(account("wrongKey0123456789", null), sms(PHONE, TEXT, Instant.now())));

        assertEquals("401", failure.code());
        assertFalse(failure.text().isBlank());
        assertFalse(failure.text().contains("wrongKey0123456789"));
        assertEquals(0, fake.accepted());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 402, 403})
    void refusalsArePermanentWithTheHttpStatusAsCode(int status) {
        fake.failNextSends(1, status);

        SendOutcome.PermanentFailure failure = assertInstanceOf(SendOutcome.PermanentFailure.class,
                gateway.send(account(), sms(PHONE, TEXT, Instant.now())));
        assertEquals(String.valueOf(status), failure.code());
        assertFalse(failure.text().isBlank());
    }

    @Test
    void aRefusedNumberIsPermanent() {
        fake.rejectPhone(PHONE);

        SendOutcome.PermanentFailure failure = assertInstanceOf(SendOutcome.PermanentFailure.class,
                gateway.send(account(), sms(PHONE, TEXT, Instant.now())));
        assertEquals("400", failure.code());
        assertEquals("Validation error.", failure.text());
    }

    @Test
    void tooManyRequestsServerErrorsAndAClosedPortAreTransient() {
        fake.failNextSends(1, FakeSmsGateway.Fault.TRANSIENT).failNextSends(1, FakeSmsGateway.Fault.SERVER_ERROR);

        assertEquals("HTTP 429", assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(), sms(PHONE, TEXT, Instant.now()))).code());
        assertEquals("HTTP 500", assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(), sms(PHONE, TEXT, Instant.now()))).code());
        fake.close();
        assertEquals("NETWORK", assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(), sms(PHONE, TEXT, Instant.now()))).code());
    }

    @Test
    void anAnswerThatIsNoJsonIsTransientAndItsTextLosesTheCredentials() {
        fake.failNextSends(1, FakeSmsGateway.Fault.MALFORMED);

        SendOutcome.TransientFailure failure = assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(), sms(PHONE, TEXT, Instant.now())));
        String basic = Base64.getEncoder().encodeToString((EMAIL + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
        assertTrue(failure.text().contains("Authorization: Basic ***"), failure.text());
        assertFalse(failure.text().contains(basic), failure.text());
        assertFalse(failure.text().contains(API_KEY), failure.text());
    }

    @Test
    void deliveryStatusesAreMapped() {
        String id = send(PHONE, TEXT);
        GatewayAccount account = account();

        assertInstanceOf(DeliveryOutcome.Delivered.class, gateway.delivery(account, id, PHONE));
        for (int pending : new int[] {0, 3, 4, 8}) {
            fake.deliverWithCode(id, pending);
            assertInstanceOf(DeliveryOutcome.Pending.class, gateway.delivery(account, id, PHONE), "status " + pending);
        }
        fake.deliver(id, FakeSmsGateway.Delivery.UNDELIVERED);
        DeliveryOutcome.Undelivered undelivered = assertInstanceOf(DeliveryOutcome.Undelivered.class,
                gateway.delivery(account, id, PHONE));
        assertEquals("2", undelivered.code());
        assertEquals("delivery error", undelivered.text());
        fake.deliverWithCode(id, 6);
        assertEquals("6", assertInstanceOf(DeliveryOutcome.Undelivered.class,
                gateway.delivery(account, id, PHONE)).code(), "rejected");
    }

    @Test
    void aDeliveryQuestionThatFailsIsUnknown() {
        assertEquals("404", assertInstanceOf(DeliveryOutcome.Unknown.class,
                gateway.delivery(account(), "999", PHONE)).code());
        assertEquals("401", assertInstanceOf(DeliveryOutcome.Unknown.class,
                gateway.delivery(account("wrongKey0123456789", null), "999", PHONE)).code());
    }

    @Test
    void aLookupFindsTheMessageByNumberAndText() {
        Instant since = Instant.now();
        String id = send(PHONE, TEXT);

        assertEquals(id, assertInstanceOf(LookupOutcome.Found.class,
                gateway.lookup(account(), sms(PHONE, TEXT, since))).gatewayMessageId());
    }

    @Test
    void aLookupComparesTheWholeTextAndTheNumber() {
        send(PHONE, TEXT + " Ждём вас снова.");
        send("+79160000000", TEXT);

        assertInstanceOf(LookupOutcome.NotFound.class, gateway.lookup(account(), sms(PHONE, TEXT, Instant.now())));
    }

    @Test
    void aLookupIgnoresMessagesFromBeforeTheClaim() {
        send(PHONE, TEXT);

        Instant later = Instant.now().plus(Duration.ofMinutes(5));
        assertInstanceOf(LookupOutcome.NotFound.class, gateway.lookup(account(), sms(PHONE, TEXT, later)));
        Instant withinTheSlack = Instant.now().plusSeconds(30);
        assertInstanceOf(LookupOutcome.Found.class, gateway.lookup(account(), sms(PHONE, TEXT, withinTheSlack)),
                "a minute's slack for the clocks");
    }

    @Test
    void aLookupReadsFurtherPages() {
        fake.listPageSize(2);
        String id = send(PHONE, TEXT);
        for (int i = 0; i < 5; i++) {
            send(PHONE, TEXT + " (" + i + ")");
        }

        assertEquals(id, assertInstanceOf(LookupOutcome.Found.class,
                gateway.lookup(account(), sms(PHONE, TEXT, Instant.now().minusSeconds(10)))).gatewayMessageId());
    }

    @Test
    void aLookupThatFailsIsUnknown() {
        assertEquals("401", assertInstanceOf(LookupOutcome.Unknown.class,
                gateway.lookup(account("wrongKey0123456789", null), sms(PHONE, TEXT, Instant.now()))).code());
        fake.close();
        assertEquals("NETWORK", assertInstanceOf(LookupOutcome.Unknown.class,
                gateway.lookup(account(), sms(PHONE, TEXT, Instant.now()))).code());
    }
}
