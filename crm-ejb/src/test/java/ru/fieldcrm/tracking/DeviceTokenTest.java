package ru.fieldcrm.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.InvalidRequestException;

class DeviceTokenTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void aTokenIsRandomAndOnlyItsHashIsKept() {
        DeviceToken.Issued first = DeviceToken.issue(7, " Телефон ", NOW, 1L);
        DeviceToken.Issued second = DeviceToken.issue(7, "Телефон", NOW, 1L);
        assertNotEquals(first.token(), second.token());
        assertEquals(43, first.token().length());
        assertTrue(first.token().matches("[A-Za-z0-9_-]+"));
        assertEquals(64, DeviceToken.hash(first.token()).length());
        assertEquals("Телефон", first.device().getLabel());
        assertFalse(DeviceToken.hash(first.token()).contains(first.token()));
    }

    @Test
    void aRevokedTokenIsRefusedAndKeepsItsFirstRevocation() {
        DeviceToken device = DeviceToken.issue(7, "Газель", NOW, 1L).device();
        assertTrue(device.accepts());
        device.revoke(NOW);
        device.revoke(NOW.plusSeconds(60));
        assertFalse(device.accepts());
        assertEquals(NOW, device.getRevokedAt());
    }

    @Test
    void theDeviceRemembersItsNewestPositionEvenWhenBatchesArriveLate() {
        DeviceToken device = DeviceToken.issue(7, "Газель", NOW, 1L).device();
        assertTrue(device.last("Иванов").isEmpty());
        device.heard(PositionReport.at(NOW, 55, 37));
        device.heard(PositionReport.at(NOW.minusSeconds(60), 50, 30));
        ManagerPosition last = device.last("Иванов").orElseThrow();
        assertEquals(NOW, last.time());
        assertEquals(55.0, last.latitude());
        assertEquals("Иванов", last.managerName());
    }

    @Test
    void aBatchIsRefusedWholeWithEveryBrokenPositionNamed() {
        List<PositionReport> batch = new ArrayList<>(List.of(PositionReport.at(NOW, 1, 1), PositionReport.at(NOW, 91, 1),
                PositionReport.at(NOW.plusSeconds(3600), 1, 1)));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> TrackingServiceBean.checkBatch(batch, NOW));
        assertEquals(List.of("positions[1]", "positions[2]"), refused.each().stream().map(InvalidRequestException::field).toList());
        assertEquals("tracking.batch.empty", assertThrows(InvalidRequestException.class,
                () -> TrackingServiceBean.checkBatch(List.of(), NOW)).messageKey());
        List<PositionReport> big = Collections.nCopies(PositionRules.MAX_BATCH + 1, PositionReport.at(NOW, 1, 1));
        assertEquals("tracking.batch.tooLarge", assertThrows(InvalidRequestException.class,
                () -> TrackingServiceBean.checkBatch(big, NOW)).messageKey());
        TrackingServiceBean.checkBatch(Collections.nCopies(PositionRules.MAX_BATCH, PositionReport.at(NOW, 1, 1)), NOW);
    }
}
