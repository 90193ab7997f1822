package ru.fieldcrm.sms;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Localized;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/** SMS settings, the preview, test messages and the log. */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed(Role.Names.ADMIN)
public class SmsServiceBean implements SmsService {

    private static final String TARGET = "sms";
    private static final Logger LOG = Logger.getLogger(SmsServiceBean.class.getName());

    @Inject
    SmsRepository repository;

    @Inject
    SmsOutboxStore store;

    @Inject
    SmsDispatcher dispatcher;

    @Inject
    SmsGateways gateways;

    @Inject
    SmsSubjects subjects;

    @Inject
    Staff staff;

    @Inject
    CrmConfiguration configuration;

    @Inject
    Auditor auditor;

    private final Clock clock = Clock.systemUTC();

    @Override
    public SmsSettingsDetails settings() {
        return repository.settings().toDetails();
    }

    @Override
    public SmsSettingsDetails save(long version, SmsSettingsForm form) {
        StaffMember actor = staff.current();
        SmsSettings settings = repository.settings();
        if (settings.version() != version) {
            throw new ConcurrentChangeException("sms.changedConcurrently");
        }
        List<InvalidRequestException> problems = settings.problems(form);
        if (!problems.isEmpty()) {
            throw InvalidRequestException.all(problems);
        }
        settings.apply(form, actor.id(), clock.instant());
        repository.flush();
        auditor.record(new Auditor.Actor(actor.id(), actor.login()), "sms.settingsChanged", TARGET, SmsSettings.ID,
                "gateway=" + form.gateway() + " enabled=" + form.templates().stream()
                        .filter(SmsTemplateEntry::enabled).map(t -> t.trigger().name()).toList());
        return settings.toDetails();
    }

    @Override
    public SmsPreview preview(SmsTrigger trigger, String text) {
        String template = text == null ? "" : text;
        Optional<SmsSubject> subject = trigger.isAboutAssessment()
                ? repository.newestAssessmentId().map(subjects::assessment)
                : repository.newestOrderId().map(subjects::order);
        String rendered = subject.map(s -> s.render(template)).orElse(template.strip());
        return new SmsPreview(rendered, SmsText.measure(rendered), repository.settings().gateway().maxLength(),
                subject.map(SmsSubject::number).orElse(null), SmsText.unknownPlaceholders(template));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SmsMessageSummary sendTest(String phone, String text) {
        StaffMember actor = staff.current();
        if (!PhoneNumbers.isMobile(phone)) {
            throw new InvalidRequestException("sms.test.phoneInvalid", "phone");
        }
        long id = dispatcher.sendTest(PhoneNumbers.normalize(phone).orElseThrow(), text.strip(),
                new Auditor.Actor(actor.id(), actor.login()));
        return store.summary(id);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
    public PageResult<SmsMessageSummary> find(SmsQuery query) {
        PageResult<SmsMessage> page = repository.find(query, configuration.companyZone());
        return new PageResult<>(page.rows().stream().map(SmsMessage::toSummary).toList(), page.total());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    public List<SmsMessageSummary> ofOrder(long orderId) {
        return repository.ofOrder(orderId).stream().map(SmsMessage::toSummary).toList();
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    public List<SmsMessageSummary> ofAssessment(long assessmentId) {
        return repository.ofAssessment(assessmentId).stream().map(SmsMessage::toSummary).toList();
    }

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String report(String token, Map<String, List<String>> form) {
        SmsSettings settings = store.settings();
        if (!settings.acceptsReports(token) || !settings.gateway().sends()) {
            throw new NotFoundException("sms.report.unknown");
        }
        SmsGateway gateway = gateways.of(settings.gateway());
        Instant now = clock.instant();
        for (SmsGateway.DeliveryReport report : gateway.reports(form)) {
            boolean recorded = store.reported(settings.gateway(), report, now);
            LOG.fine(() -> "SMS delivery report for " + report.gatewayMessageId() + (recorded ? " recorded" : " ignored"));
        }
        return gateway.reportAnswer();
    }

    @Override
    public SmsMessageSummary resend(long id) {
        StaffMember actor = staff.current();
        SmsMessage message = repository.message(id);
        if (!message.status().mayResend()) {
            throw new InvalidRequestException("sms.resend.notAllowed", null,
                    Localized.of("sms.status", message.status()));
        }
        if (!PhoneNumbers.isMobile(message.phone())) {
            throw new InvalidRequestException("sms.test.phoneInvalid", null);
        }
        SmsMessage again = message.again(clock.instant());
        repository.add(again);
        repository.flush();
        auditor.record(new Auditor.Actor(actor.id(), actor.login()), "sms.resent", TARGET, again.getId(),
                "of=" + id);
        return again.toSummary();
    }
}
