package ru.fieldcrm.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.sms.SmsGateway.DeliveryOutcome;
import ru.fieldcrm.sms.SmsGateway.DeliveryReport;

/** The delivery reports SMS.ru and SMSC.ru post to the CRM, as their documentation shows them. */
class DeliveryReportsTest {

    @Test
    void smsRuPostsSeveralStatusLinesAndWantsOneHundredBack() {
        SmsRuGateway gateway = new SmsRuGateway();
        List<DeliveryReport> reports = gateway.reports(Map.of(
                "data[0]", List.of("sms_status\n000000-10000001\n103\n1553782522"),
                "data[1]", List.of("sms_status\n000000-10000002\n105\n1553782523"),
                "data[2]", List.of("callcheck_status\n201937-1000011\n401\n1553782524"),
                "data[3]", List.of("sms_status\n000000-10000003\n102\n1553782525"),
                "other", List.of("x")));
        assertEquals(3, reports.size());
        Map<String, DeliveryOutcome> byId = reports.stream()
                .collect(java.util.stream.Collectors.toMap(DeliveryReport::gatewayMessageId, DeliveryReport::outcome));
        assertEquals(new DeliveryOutcome.Delivered(), byId.get("000000-10000001"));
        assertEquals("105", ((DeliveryOutcome.Undelivered) byId.get("000000-10000002")).code());
        assertEquals(new DeliveryOutcome.Pending(), byId.get("000000-10000003"));
        assertEquals("100", gateway.reportAnswer());
        assertEquals(List.of(), gateway.reports(Map.of("data[0]", List.of("sms_status\nbroken"))));
    }

    @Test
    void smscPostsOneMessagesStatusByTheCrmsId() {
        SmscGateway gateway = new SmscGateway();
        assertEquals(List.of(new DeliveryReport("1234", new DeliveryOutcome.Delivered())),
                gateway.reports(Map.of("id", List.of("1234"), "phone", List.of("79161234567"), "status", List.of("1"))));
        DeliveryReport failed = gateway.reports(Map.of("id", List.of("1235"), "status", List.of("20"),
                "err", List.of("255"))).get(0);
        assertEquals("20", ((DeliveryOutcome.Undelivered) failed.outcome()).code());
        assertEquals(List.of(), gateway.reports(Map.of("id", List.of("1236"), "status", List.of("delivered"))));
        assertEquals(List.of(), gateway.reports(Map.of("status", List.of("1"))));
        assertEquals(List.of(), new SmsAeroGateway().reports(Map.of("id", List.of("1"), "status", List.of("1"))));
    }
}
