package ru.fieldcrm.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.users.Role;

class ReportRightsTest {

    private static final long ME = 7;
    private static final long OTHER = 8;

    @Test
    void theAdministratorSeesEveryManagerWhateverTheSetting() {
        assertEquals(Optional.empty(), ReportRights.managerScope(ReportKind.FINANCE, Role.ADMIN, ReportAccess.NONE, ME, null));
        assertEquals(Optional.of(OTHER), ReportRights.managerScope(ReportKind.FINANCE, Role.ADMIN, ReportAccess.NONE, ME, OTHER));
    }

    @Test
    void aManagerWithOwnAccessGetsOwnFiguresAndIsRefusedAnothers() {
        assertEquals(Optional.of(ME), ReportRights.managerScope(ReportKind.FINANCE, Role.MANAGER, ReportAccess.OWN, ME, null));
        assertEquals(Optional.of(ME), ReportRights.managerScope(ReportKind.FINANCE, Role.MANAGER, ReportAccess.OWN, ME, ME));
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> ReportRights.managerScope(ReportKind.FINANCE, Role.MANAGER, ReportAccess.OWN, ME, OTHER));
        assertEquals("reports.othersFigures", refused.messageKey());
    }

    @Test
    void allAccessLetsTheFilterChoose() {
        assertEquals(Optional.of(OTHER), ReportRights.managerScope(ReportKind.UPSELLS, Role.MANAGER, ReportAccess.ALL, ME, OTHER));
        assertEquals(Optional.empty(), ReportRights.managerScope(ReportKind.UPSELLS, Role.OPERATOR, ReportAccess.ALL, ME, null));
    }

    @Test
    void noAccessAndOwnForAnOperatorAreRefused() {
        assertEquals("reports.notAllowed", assertThrows(ForbiddenException.class,
                () -> ReportRights.managerScope(ReportKind.FINANCE, Role.OPERATOR, ReportAccess.NONE, ME, null)).messageKey());
        assertThrows(ForbiddenException.class,
                () -> ReportRights.managerScope(ReportKind.FINANCE, Role.OPERATOR, ReportAccess.OWN, ME, null));
        assertThrows(ForbiddenException.class,
                () -> ReportRights.managerScope(ReportKind.FINANCE, Role.SALES, ReportAccess.NONE, ME, null));
    }

    @Test
    void defaultsAndChoices() {
        assertEquals(ReportAccess.OWN, ReportRights.defaultAccess(Role.MANAGER));
        assertEquals(ReportAccess.NONE, ReportRights.defaultAccess(Role.OPERATOR));
        assertEquals(EnumSet.of(ReportAccess.NONE, ReportAccess.ALL), ReportRights.offered(Role.OPERATOR));
        assertEquals(EnumSet.allOf(ReportAccess.class), ReportRights.offered(Role.MANAGER));
    }

    @Test
    void totalsSumTheRowsAndCountClosedDays() {
        FinanceDayRow closed = new FinanceDayRow(LocalDate.of(2026, 11, 2), 3, 2, 1, money("1000.00"), money("100.00"),
                money("50.00"), money("20.00"), money("50.00"), money("930.00"), 1, 1, false, false);
        FinanceDayRow open = new FinanceDayRow(LocalDate.of(2026, 11, 3), 2, 0, 0, money("500.00"), money("0.00"),
                money("0.00"), money("0.00"), money("0.00"), money("0.00"), 2, 1, false, false);
        FinanceDayRow unassigned = new FinanceDayRow(LocalDate.of(2026, 11, 4), 1, 0, 0, money("10.00"), money("0.00"),
                money("0.00"), money("0.00"), money("0.00"), money("0.00"), 1, 1, true, false);
        FinanceTotals totals = FinanceTotals.of(List.of(closed, open, unassigned));
        assertEquals(6, totals.planned());
        assertEquals(2, totals.done());
        assertEquals(money("1510.00"), totals.amount());
        assertEquals(money("930.00"), totals.finalSum());
        assertEquals(3, totals.days());
        assertEquals(1, totals.closedDays(), "a day is closed only when every manager closed it and none is unassigned");
        assertEquals(money("0.00"), FinanceTotals.of(List.of()).finalSum());
    }

    @Test
    void aPeriodCountsItsDays() {
        assertEquals(30, new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)).days());
        assertEquals(0, new ReportPeriod(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)).days());
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
