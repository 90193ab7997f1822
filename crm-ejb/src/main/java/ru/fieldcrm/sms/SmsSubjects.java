package ru.fieldcrm.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.fieldcrm.assessments.AssessmentDetails;
import ru.fieldcrm.assessments.AssessmentService;
import ru.fieldcrm.orders.OrderDetails;
import ru.fieldcrm.orders.OrderService;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/** Orders and assessments as messages speak of them, read through their features' services. */
@ApplicationScoped
public class SmsSubjects {

    @Inject
    OrderService orders;

    @Inject
    AssessmentService assessments;

    @Inject
    Staff staff;

    SmsSubject order(long id) {
        OrderDetails order = orders.get(id);
        return SmsSubject.of(order, managerPhone(order.managerId()));
    }

    SmsSubject assessment(long id) {
        AssessmentDetails assessment = assessments.get(id);
        return SmsSubject.of(assessment, managerPhone(assessment.managerId()));
    }

    private String managerPhone(Long managerId) {
        return managerId == null ? null : staff.find(managerId).map(StaffMember::phone).orElse(null);
    }
}
