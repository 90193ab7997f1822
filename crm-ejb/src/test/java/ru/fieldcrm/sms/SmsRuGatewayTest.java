package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
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

/** The SMS.ru adapter against the fake gateway over loopback HTTP. */
class SmsRuGatewayTest {

    private static final String SECRET = "5A1B-api-id+secret";
    private static final String TEXT = "Заказ №15: мастер приедет завтра с 10 до 12. Тел. +7 (495) 120-81-15";

    private FakeSmsGateway fake;
    private final SmsRuGateway gateway = new SmsRuGateway();

    @BeforeEach
    void startFake() {
        fake = FakeSmsGateway.start().acceptOnly(null, SECRET);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private GatewayAccount account(String secret, String sender) {
        return new GatewayAccount(SmsGatewayKind.SMS_RU, fake.apiUrl(SmsGatewayKind.SMS_RU), null, secret, sender);
    }

    private static OutgoingSms sms(String phone) {
        return new OutgoingSms(15, phone, TEXT, Instant.now());
    }

    @Test
    void anAcceptedMessageReachesTheGatewayWithItsNumberTextAndSender() {
        SendOutcome outcome = gateway.send(account(SECRET, "FieldCRM"), sms("+79161234567"));

        SendOutcome.Accepted accepted = assertInstanceOf(SendOutcome.Accepted.class, outcome);
        FakeSmsGateway.Message received = fake.messages().get(0);
        assertEquals(SmsGatewayKind.SMS_RU, received.gateway());
        assertEquals(received.gatewayId(), accepted.gatewayMessageId());
        assertEquals("79161234567", received.phone(), "digits without the plus");
        assertEquals(TEXT, received.text());
        assertEquals("FieldCRM", received.sender());
        assertEquals(1, fake.timesReceived("+79161234567", TEXT));
    }

    @Test
    void noSenderIsPassedWhenTheSettingsNameNone() {
        gateway.send(account(SECRET, " "), sms("+79161234567"));

        assertNull(fake.messages().get(0).sender());
    }

    @Test
    void aWrongApiIdIsPermanentWithTheGatewaysCodeAndNoSecretInTheText() {
        String wrong = "wrong-api-id-7F3E";
        SendOutcome outcome = gateway.send(account(wrong, null), sms("+79161234567"));

        SendOutcome.PermanentFailure failure = assertInstanceOf(SendOutcome.PermanentFailure.class, outcome);
        assertEquals("200", failure.code());
        assertEquals("Неправильный api_id", failure.text());
        assertFalse(failure.text().contains(wrong));
        assertEquals(0, fake.accepted());
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 202, 204, 205, 207, 209, 215, 230, 232, 301})
    void finalRefusalsArePermanent(int code) {
        fake.failNextSends(1, code);

        SendOutcome.PermanentFailure failure = assertInstanceOf(SendOutcome.PermanentFailure.class,
                gateway.send(account(SECRET, null), sms("+79161234567")));
        assertEquals(String.valueOf(code), failure.code());
        assertFalse(failure.text().isBlank());
    }

    @ParameterizedTest
    @ValueSource(ints = {206, 220, 231, 233, 500})
    void limitsOfTheMomentAndServerTroubleAreTransient(int code) {
        fake.failNextSends(1, code);

        SendOutcome.TransientFailure failure = assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(SECRET, null), sms("+79161234567")));
        assertEquals(String.valueOf(code), failure.code());
    }

    @Test
    void aNumberTheGatewayRefusesIsPermanentAndOthersStillGo() {
        fake.rejectPhone("+79160000000");

        SendOutcome.PermanentFailure failure = assertInstanceOf(SendOutcome.PermanentFailure.class,
                gateway.send(account(SECRET, null), sms("+79160000000")));
        assertEquals("207", failure.code());
        assertEquals("На этот номер нет маршрута для доставки сообщений", failure.text());
        assertInstanceOf(SendOutcome.Accepted.class, gateway.send(account(SECRET, null), sms("+79161234567")));
    }

    @Test
    void onlyTheScriptedNumberOfSendsFails() {
        fake.failNextSends(2, FakeSmsGateway.Fault.TRANSIENT);

        assertInstanceOf(SendOutcome.TransientFailure.class, gateway.send(account(SECRET, null), sms("+79161234567")));
        assertInstanceOf(SendOutcome.TransientFailure.class, gateway.send(account(SECRET, null), sms("+79161234567")));
        assertInstanceOf(SendOutcome.Accepted.class, gateway.send(account(SECRET, null), sms("+79161234567")));
        assertEquals(3, fake.sendRequests());
        assertEquals(1, fake.accepted());
    }

    @Test
    void http500IsTransient() {
        fake.failNextSends(1, FakeSmsGateway.Fault.SERVER_ERROR);

        SendOutcome.TransientFailure failure = assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(SECRET, null), sms("+79161234567")));
        assertEquals("HTTP 500", failure.code());
    }

    @Test
    void aDroppedConnectionIsTransient() {
        fake.failNextSends(1, FakeSmsGateway.Fault.DISCONNECT);

        SendOutcome.TransientFailure failure = assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(SECRET, null), sms("+79161234567")));
        assertEquals("NETWORK", failure.code());
    }

    @Test
    void anAnswerThatIsNoJsonIsTransientAndItsTextLosesTheSecret() {
        fake.failNextSends(1, FakeSmsGateway.Fault.MALFORMED);

        SendOutcome.TransientFailure failure = assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(SECRET, null), sms("+79161234567")));
        assertEquals("BAD_ANSWER", failure.code());
        assertTrue(failure.text().contains("api_id=***"), failure.text());
        assertFalse(failure.text().contains(SECRET), failure.text());
        assertFalse(failure.text().contains("5A1B-api-id%2Bsecret"), failure.text());
    }

    @Test
    void aClosedPortIsTransient() {
        GatewayAccount account = account(SECRET, null);
        fake.close();

        SendOutcome.TransientFailure failure = assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account, sms("+79161234567")));
        assertEquals("NETWORK", failure.code());
    }

    @Test
    void noAnswerInTimeIsTransient() {
        SmsRuGateway impatient = new SmsRuGateway(new GatewayHttp(Duration.ofMillis(300)));
        fake.hold();

        SendOutcome.TransientFailure failure = assertInstanceOf(SendOutcome.TransientFailure.class,
                impatient.send(account(SECRET, null), sms("+79161234567")));
        assertEquals("TIMEOUT", failure.code());
        assertEquals(1, fake.accepted(), "the gateway got it all the same: why a lookup exists");
    }

    @Test
    void deliveryStatusesAreMapped() {
        GatewayAccount account = account(SECRET, null);
        String id = ((SendOutcome.Accepted) gateway.send(account, sms("+79161234567"))).gatewayMessageId();

        assertInstanceOf(DeliveryOutcome.Delivered.class, gateway.delivery(account, id, "+79161234567"));
        fake.deliver(id, FakeSmsGateway.Delivery.PENDING);
        assertInstanceOf(DeliveryOutcome.Pending.class, gateway.delivery(account, id, "+79161234567"));
        fake.deliverWithCode(id, 101);
        assertInstanceOf(DeliveryOutcome.Pending.class, gateway.delivery(account, id, "+79161234567"));
        fake.deliverWithCode(id, 110);
        assertInstanceOf(DeliveryOutcome.Delivered.class, gateway.delivery(account, id, "+79161234567"));
        fake.deliver(id, FakeSmsGateway.Delivery.UNDELIVERED);
        DeliveryOutcome.Undelivered expired = assertInstanceOf(DeliveryOutcome.Undelivered.class,
                gateway.delivery(account, id, "+79161234567"));
        assertEquals("104", expired.code());
        assertEquals("Не может быть доставлено: время жизни истекло", expired.text());
        fake.deliverWithCode(id, 150);
        assertEquals("150", assertInstanceOf(DeliveryOutcome.Undelivered.class,
                gateway.delivery(account, id, "+79161234567")).code());
    }

    @Test
    void aDeliveryQuestionThatFailsIsUnknown() {
        GatewayAccount account = account(SECRET, null);

        assertEquals("-1", assertInstanceOf(DeliveryOutcome.Unknown.class,
                gateway.delivery(account, "000000-1", "+79161234567")).code(), "an id SMS.ru does not know");
        assertEquals("200", assertInstanceOf(DeliveryOutcome.Unknown.class,
                gateway.delivery(account("wrong", null), "000000-1", "+79161234567")).code());
        fake.close();
        assertEquals("NETWORK", assertInstanceOf(DeliveryOutcome.Unknown.class,
                gateway.delivery(account, "000000-1", "+79161234567")).code());
    }

    @Test
    void smsRuCannotLookUpAMessage() {
        gateway.send(account(SECRET, null), sms("+79161234567"));

        assertInstanceOf(LookupOutcome.Unsupported.class, gateway.lookup(account(SECRET, null), sms("+79161234567")));
    }
}
