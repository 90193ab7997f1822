package ru.fieldcrm.sms;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;

/**
 * The messages of the order or assessment a page shows, read once per request: the page asks
 * several times while it renders, and again after a live update.
 */
@Named
@RequestScoped
public class VisitSms {

    @EJB
    SmsService sms;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, List<SmsMessageSummary>> ofOrder = new HashMap<>();
    private final Map<Long, List<SmsMessageSummary>> ofAssessment = new HashMap<>();

    public List<SmsMessageSummary> ofOrder(long orderId) {
        return ofOrder.computeIfAbsent(orderId, sms::ofOrder);
    }

    public List<SmsMessageSummary> ofAssessment(long assessmentId) {
        return ofAssessment.computeIfAbsent(assessmentId, sms::ofAssessment);
    }

    /** Whether the reader may open the SMS log (administrator, operator). */
    public boolean isLogAllowed() {
        Role role = currentUser.getDetails().role();
        return role == Role.ADMIN || role == Role.OPERATOR;
    }
}
