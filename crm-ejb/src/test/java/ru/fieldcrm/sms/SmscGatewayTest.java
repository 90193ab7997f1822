package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The SMSC.ru adapter against the fake gateway over loopback HTTP. */
class SmscGatewayTest {

    private static final String LOGIN = "fieldcrm";
    private static final String PASSWORD = "smsc&Passw0rd";
    private static final String PHONE = "+79161234567";
    private static final String TEXT = "Здравствуйте! Мастер Иванов приедет 28.11 с 10:00 до 12:00. «ФилдСервис»";

    private FakeSmsGateway fake;
    private final SmscGateway gateway = new SmscGateway();

    @BeforeEach
    void startFake() {
        fake = FakeSmsGateway.start().acceptOnly(LOGIN, PASSWORD);
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private GatewayAccount account(String password) {
        return new GatewayAccount(SmsGatewayKind.SMSC, fake.apiUrl(SmsGatewayKind.SMSC), LOGIN, password, "FieldSrv");
    }

    private static OutgoingSms sms(long id, String phone) {
        return new OutgoingSms(id, phone, TEXT, Instant.now());
    }

    private String send(long id) {
        return ((SendOutcome.Accepted) gateway.send(account(PASSWORD), sms(id, PHONE))).gatewayMessageId();
    }

    @Test
    void anAcceptedMessageCarriesTheCrmsIdNumberTextAndSender() {
        SendOutcome outcome = gateway.send(account(PASSWORD), sms(4711, PHONE));

        assertEquals("4711", assertInstanceOf(SendOutcome.Accepted.class, outcome).gatewayMessageId());
        FakeSmsGateway.Message received = fake.messages().get(0);
        assertEquals(SmsGatewayKind.SMSC, received.gateway());
        assertEquals("4711", received.crmId());
        assertEquals("79161234567", received.phone());
        assertEquals(TEXT, received.text());
        assertEquals("FieldSrv", received.sender());
        assertEquals(1, fake.timesReceived(4711));
    }

    @Test
    void aWrongPasswordIsPermanentWithoutTheSecretInTheText() {
        SendOutcome.PermanentFailure failure = assertInstanceOf(SendOutcome.PermanentFailure.class,
                gateway.send(account("not-the-Passw0rd"), sms(1, PHONE)));

        assertEquals("2", failure.code());
        assertFalse(failure.text().isBlank());
        assertFalse(failure.text().contains("not-the-Passw0rd"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 6, 7, 8})
    void refusalsArePermanentWithTheGatewaysCode(int code) {
        fake.failNextSends(1, code);

        SendOutcome.PermanentFailure failure = assertInstanceOf(SendOutcome.PermanentFailure.class,
                gateway.send(account(PASSWORD), sms(1, PHONE)));
        assertEquals(String.valueOf(code), failure.code());
        assertFalse(failure.text().isBlank());
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 9})
    void aBlockedAddressAndRepeatedRequestsAreTransient(int code) {
        fake.failNextSends(1, code);

        SendOutcome.TransientFailure failure = assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(PASSWORD), sms(1, PHONE)));
        assertEquals(String.valueOf(code), failure.code());
    }

    @Test
    void aNumberThatCannotBeReachedIsPermanent() {
        fake.rejectPhone(PHONE);

        assertEquals("8", assertInstanceOf(SendOutcome.PermanentFailure.class,
                gateway.send(account(PASSWORD), sms(1, PHONE))).code());
        assertEquals(0, fake.accepted());
    }

    @Test
    void serverErrorsAndAClosedPortAreTransient() {
        fake.failNextSends(1, FakeSmsGateway.Fault.SERVER_ERROR);
        assertEquals("HTTP 500", assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(PASSWORD), sms(1, PHONE))).code());

        fake.close();
        assertEquals("NETWORK", assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(PASSWORD), sms(1, PHONE))).code());
    }

    @Test
    void anAnswerThatIsNoJsonIsTransientAndItsTextLosesThePassword() {
        fake.failNextSends(1, FakeSmsGateway.Fault.MALFORMED);

        SendOutcome.TransientFailure failure = assertInstanceOf(SendOutcome.TransientFailure.class,
                gateway.send(account(PASSWORD), sms(1, PHONE)));
        assertTrue(failure.text().contains("psw=***"), failure.text());
        assertFalse(failure.text().contains(PASSWORD), failure.text());
    }

    @Test
    void deliveryStatusesAreMapped() {
        String id = send(77);
        GatewayAccount account = account(PASSWORD);

        assertInstanceOf(DeliveryOutcome.Delivered.class, gateway.delivery(account, id, PHONE));
        fake.deliver(id, FakeSmsGateway.Delivery.PENDING);
        assertInstanceOf(DeliveryOutcome.Pending.class, gateway.delivery(account, id, PHONE));
        fake.deliverWithCode(id, -1);
        assertInstanceOf(DeliveryOutcome.Pending.class, gateway.delivery(account, id, PHONE));
        fake.deliverWithCode(id, 2);
        assertInstanceOf(DeliveryOutcome.Delivered.class, gateway.delivery(account, id, PHONE), "read");
        fake.deliver(id, FakeSmsGateway.Delivery.UNDELIVERED);
        DeliveryOutcome.Undelivered undelivered = assertInstanceOf(DeliveryOutcome.Undelivered.class,
                gateway.delivery(account, id, PHONE));
        assertEquals("20", undelivered.code());
        assertEquals("Невозможно доставить", undelivered.text());
        fake.deliverWithCode(id, 3);
        assertEquals("Просрочено", assertInstanceOf(DeliveryOutcome.Undelivered.class,
                gateway.delivery(account, id, PHONE)).text());
        fake.deliverWithCode(id, 25);
        assertEquals("25", assertInstanceOf(DeliveryOutcome.Undelivered.class,
                gateway.delivery(account, id, PHONE)).code());
    }

    @Test
    void aDeliveryQuestionThatFailsIsUnknown() {
        assertEquals("3", assertInstanceOf(DeliveryOutcome.Unknown.class,
                gateway.delivery(account(PASSWORD), "404", PHONE)).code(), "message not found");
        assertEquals("2", assertInstanceOf(DeliveryOutcome.Unknown.class,
                gateway.delivery(account("wrong"), "404", PHONE)).code());
    }

    @Test
    void aLookupFindsTheMessageByTheCrmsIdAndNumber() {
        send(4711);

        LookupOutcome.Found found = assertInstanceOf(LookupOutcome.Found.class,
                gateway.lookup(account(PASSWORD), sms(4711, PHONE)));
        assertEquals("4711", found.gatewayMessageId());
    }

    @Test
    void aLookupOfAMessageSmscDoesNotHaveIsNotFound() {
        send(4711);

        assertInstanceOf(LookupOutcome.NotFound.class, gateway.lookup(account(PASSWORD), sms(4712, PHONE)));
        assertInstanceOf(LookupOutcome.NotFound.class, gateway.lookup(account(PASSWORD), sms(4711, "+79160000000")));
    }

    @Test
    void theNotFoundStatusOfAListIsNotFoundToo() {
        String id = send(4711);
        fake.deliverWithCode(id, -3);

        assertInstanceOf(LookupOutcome.NotFound.class, gateway.lookup(account(PASSWORD), sms(4711, PHONE)));
    }

    @Test
    void aLookupThatFailsIsUnknown() {
        send(4711);

        assertEquals("2", assertInstanceOf(LookupOutcome.Unknown.class,
                gateway.lookup(account("wrong"), sms(4711, PHONE))).code());
        fake.close();
        assertEquals("NETWORK", assertInstanceOf(LookupOutcome.Unknown.class,
                gateway.lookup(account(PASSWORD), sms(4711, PHONE))).code());
    }
}
