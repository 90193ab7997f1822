package ru.fieldcrm.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import ru.fieldcrm.assessments.AssessmentChanged;
import ru.fieldcrm.assessments.AssessmentStatus;
import ru.fieldcrm.orders.OrderChanged;
import ru.fieldcrm.orders.OrderStatus;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.shared.PhoneNumbers;

/**
 * Writes the messages a change of an order or an assessment causes, in the change's own
 * transaction: the status's message (due after the template's delay, out of quiet hours), after
 * dropping what an earlier status left waiting where its template says so; and the reminder the
 * day before the visit at the reminder hour, rewritten whenever the visit or what it says changes
 * and dropped when the visit is cancelled or done. A quiet change (an imported order) writes nothing.
 */
@ApplicationScoped
public class SmsOutbox {

    private static final Logger LOG = Logger.getLogger(SmsOutbox.class.getName());

    @Inject
    SmsRepository repository;

    @Inject
    SmsSubjects subjects;

    @Inject
    CrmConfiguration configuration;

    void orderChanged(@Observes OrderChanged change) {
        if (change.quiet()) {
            LOG.fine(() -> "Order " + change.orderId() + " changed quietly (imported): no SMS");
            return;
        }
        SmsSubject subject = subjects.order(change.orderId());
        boolean visitAhead = !change.after().isFinal() && change.after() != OrderStatus.DONE;
        follow(subject, change.statusChanged() ? Optional.of(SmsTrigger.of(change.after())) : Optional.empty(),
                SmsTrigger.ORDER_REMINDER, visitAhead, change.at());
    }

    void assessmentChanged(@Observes AssessmentChanged change) {
        SmsSubject subject = subjects.assessment(change.assessmentId());
        follow(subject, change.statusChanged() ? Optional.of(SmsTrigger.of(change.after())) : Optional.empty(),
                SmsTrigger.ASSESSMENT_REMINDER, change.after() == AssessmentStatus.PLANNED, change.at());
    }

    private void follow(SmsSubject subject, Optional<SmsTrigger> status, SmsTrigger reminderTrigger,
            boolean visitAhead, Instant now) {
        SmsSettings settings = repository.settings();
        ZoneId zone = configuration.companyZone();
        QuietHours quiet = settings.quiet(zone);
        if (status.isPresent()) {
            for (SmsMessage waiting : repository.scheduled(subject)) {
                if (waiting.isDroppedByChange()) {
                    waiting.drop();
                    LOG.fine(() -> "SMS " + waiting.getId() + " dropped: the status changed before it was due");
                }
            }
        }
        status.flatMap(trigger -> settings.sending(trigger).map(template -> {
            Instant due = quiet.allowedFrom(now.plus(Duration.ofMinutes(template.delayMinutes())));
            return write(trigger, subject, template, due, now);
        })).ifPresent(repository::add);
        Optional<SmsMessage> newReminder = Optional.empty();
        if (visitAhead) {
            Instant due = subject.visitDate().minusDays(1).atTime(settings.reminderHour(), 0).atZone(zone).toInstant();
            if (due.isAfter(now)) {
                newReminder = settings.sending(reminderTrigger)
                        .map(template -> write(reminderTrigger, subject, template, quiet.allowedFrom(due), now));
            }
        }
        Optional<SmsMessage> reminder = repository.lastReminder(subject, reminderTrigger);
        if (reminder.isPresent() && newReminder.isPresent() && reminder.get().sameAs(newReminder.get())) {
            return;
        }
        reminder.filter(r -> r.status() == SmsStatus.SCHEDULED).ifPresent(SmsMessage::drop);
        newReminder.ifPresent(repository::add);
    }

    private SmsMessage write(SmsTrigger trigger, SmsSubject subject, SmsTemplate template, Instant due, Instant now) {
        String phone = PhoneNumbers.normalize(subject.contactPhone()).orElse(subject.contactPhone());
        return SmsMessage.write(trigger, subject, phone, subject.render(template.body()),
                PhoneNumbers.isMobile(phone), due, template.dropOnChange(), now);
    }
}
