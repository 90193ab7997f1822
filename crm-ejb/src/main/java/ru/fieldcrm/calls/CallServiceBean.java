package ru.fieldcrm.calls;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.clients.ClientLookup;
import ru.fieldcrm.orders.OpenOrders;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.shared.ConcurrentChangeException;
import ru.fieldcrm.shared.ForbiddenException;
import ru.fieldcrm.shared.NotFoundException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.PageResult;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.shared.UnavailableException;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/** PBX settings, the events the PBX posts and the call log. */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed(Role.Names.ADMIN)
public class CallServiceBean implements CallService {

    private static final String TARGET = "pbx";
    private static final Logger LOG = Logger.getLogger(CallServiceBean.class.getName());
    /** A call's events can race its follow-up for the row's version: so many tries before giving up. */
    private static final int ATTEMPTS = 3;

    @Inject
    CallRepository repository;

    @EJB
    CallInbox inbox;

    @EJB
    CallFollowUp followUp;

    @EJB
    IncomingCallBell bell;

    @Inject
    ClientLookup clients;

    @Inject
    OpenOrders openOrders;

    @Inject
    PbxAdapters adapters;

    @Inject
    Staff staff;

    @Inject
    CrmConfiguration configuration;

    @Inject
    Auditor auditor;

    @Inject
    PbxSettingsInEffect settingsInEffect;

    @Inject
    CallFollowUps followUps;

    private final Clock clock = Clock.systemUTC();

    @Override
    public PbxSettingsDetails pbxSettings() {
        return repository.settings().toDetails();
    }

    @Override
    public PbxSettingsDetails savePbxSettings(long version, PbxSettingsForm form) {
        StaffMember actor = staff.current();
        PbxSettings settings = repository.settings();
        if (settings.version() != version) {
            throw new ConcurrentChangeException("calls.changedConcurrently");
        }
        List<InvalidRequestException> problems = settings.problems(form);
        if (!problems.isEmpty()) {
            throw InvalidRequestException.all(problems);
        }
        settings.apply(form, actor.id(), clock.instant());
        repository.flush();
        auditor.record(new Auditor.Actor(actor.id(), actor.login()), "pbx.settingsChanged", TARGET, PbxSettings.ID,
                "pbx=" + form.pbx());
        return settings.toDetails();
    }

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public WebhookAnswer webhook(String token, WebhookRequest request) {
        PbxSettings.InEffect settings = settingsInEffect.get();
        if (!settings.accepts(token)) {
            return WebhookAnswer.refused(403, "unknown address");
        }
        PbxAdapter.Reading reading;
        try {
            reading = adapters.of(settings.pbx()).read(settings.account(), request, configuration.companyZone());
        } catch (PbxAdapter.Refusal refusal) {
            LOG.info(() -> "PBX event refused (" + refusal.status() + "): " + refusal.getMessage());
            return WebhookAnswer.refused(refusal.status(), refusal.getMessage());
        }
        if (reading instanceof PbxAdapter.Reading.Answer answer) {
            return answer.answer();
        }
        PbxAdapter.Reading.Event read = (PbxAdapter.Reading.Event) reading;
        CallEvent event = read.event();
        Optional<CallInbox.Stored> stored = store(settings.pbx(), event, read.payload());
        if (stored.isPresent()) {
            long callId = stored.get().callId();
            LOG.fine(() -> "PBX event " + event.kind() + " of call " + callId + " stored");
            // An incoming call ringing an extension shows its card to that extension's user.
            boolean rings = event.kind() == CallEvent.Kind.START && event.direction() == CallDirection.INCOMING
                    && event.extension() != null;
            PhoneCall.Unlinked unlinked = stored.get().unlinked();
            if (unlinked != null || rings) {
                follow(callId, unlinked, rings ? event.extension() : null);
            }
        } else {
            LOG.fine(() -> "PBX event " + event.key().hashCode() + " already stored or of no known call: ignored");
        }
        return read.answer();
    }

    private Optional<CallInbox.Stored> store(PbxKind pbx, CallEvent event, String payload) {
        for (int attempt = 1;; attempt++) {
            try {
                return inbox.record(pbx, event, payload, clock.instant());
            } catch (EJBException | PersistenceException failure) {
                // A copy of the event or the call's first event inserted meanwhile and not yet
                // committed (H2 may refuse the insert rather than skip it): the next try sees it.
                if (attempt == ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }

    /** Links the call by what its event left to link (if anything), then rings the user of {@code ringing}. */
    private void follow(long callId, PhoneCall.Unlinked unlinked, String ringing) {
        followUps.add(callId, () -> {
            Optional<Long> user = Optional.empty();
            for (int attempt = 1; unlinked != null && attempt <= ATTEMPTS; attempt++) {
                try {
                    user = followUp.match(unlinked);
                    break;
                } catch (EJBException | PersistenceException failure) {
                    int tried = attempt;
                    LOG.log(tried == ATTEMPTS ? Level.WARNING : Level.FINE,
                            "Linking call " + callId + " failed (attempt " + tried + ")", failure);
                    if (attempt < ATTEMPTS && !pause(attempt)) {
                        break;
                    }
                }
            }
            // Rung after the call is linked, whatever became of linking: the card reads what there is.
            if (ringing != null) {
                Optional<Long> rung = user.isPresent() && ringing.equals(unlinked.extension()) ? user
                        : followUp.userOf(ringing);
                rung.ifPresent(u -> bell.ring(callId, u));
            }
        });
    }

    /**
     * A moment before linking again, longer each time: the call's next event, stored meanwhile,
     * holds the row until its transaction ends. False when the executor is shutting down.
     */
    private static boolean pause(int attempt) {
        try {
            Thread.sleep(100L * attempt);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void callback(CallbackRequest request) {
        StaffMember me = staff.current();
        String extension = staff.extensionOf(me.id())
                .orElseThrow(() -> new InvalidRequestException("calls.callback.noExtension", null));
        PbxSettings.InEffect settings = settingsInEffect.get();
        if (settings.pbx() == PbxKind.NONE || settings.pbx() == PbxKind.GENERIC) {
            throw new InvalidRequestException("calls.callback.noPbx", null);
        }
        String number = PhoneNumbers.normalize(request.number())
                .orElseThrow(() -> new InvalidRequestException("shared.phone.invalid", "number"));
        PbxAdapter.Callback answer;
        try {
            answer = adapters.of(settings.pbx()).callback(settings.account(), extension, number);
        } catch (PbxAdapter.Refusal noAdapter) {
            throw new InvalidRequestException("calls.callback.noPbx", null);
        }
        if (!answer.accepted()) {
            LOG.warning(() -> "Click-to-call of user " + me.id() + " to " + CallNumbers.mask(number)
                    + " refused by the PBX: " + answer.reason());
            throw new InvalidRequestException("calls.callback.refused", null);
        }
        inbox.audit(new Auditor.Actor(me.id(), me.login()), "pbx.callback", me.id(),
                "extension=" + extension + " to=" + CallNumbers.mask(number));
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    public PageResult<CallSummary> find(CallQuery query) {
        StaffMember caller = staff.current();
        CallQuery allowed = caller.role() == Role.ADMIN || caller.role() == Role.OPERATOR ? query
                : new CallQuery(query.from(), query.to(), query.direction(), caller.id(), query.clientId(),
                        query.missedOnly(), query.first(), query.size());
        return repository.find(allowed, configuration.companyZone(), caller);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    public IncomingCallDetails incoming(long callId) {
        StaffMember me = staff.current();
        PhoneCall call = repository.call(callId).orElseThrow(() -> new NotFoundException("calls.notFound", callId));
        String mine = staff.extensionOf(me.id()).orElse(null);
        boolean rangMe = Objects.equals(call.userId(), me.id()) || mine != null && mine.equals(call.extension());
        if (!rangMe) {
            throw new ForbiddenException("calls.incoming.forbidden");
        }
        Optional<ClientLookup.ClientRef> client = clients.byPhone(call.clientPhone());
        List<IncomingCallDetails.OpenOrder> open = client.map(c -> openOrders.of(c.id()).stream()
                .map(o -> new IncomingCallDetails.OpenOrder(o.id(), o.number(), o.visitDate(), o.status())).toList())
                .orElse(List.of());
        return new IncomingCallDetails(callId, call.clientPhone(), client.map(ClientLookup.ClientRef::id).orElse(null),
                client.map(ClientLookup.ClientRef::name).orElse(null), open);
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    public List<CallSummary> ofClient(long clientId) {
        return repository.ofClient(clientId, 50, staff.current());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String recording(long callId) {
        StaffMember me = staff.current();
        PhoneCall call = repository.call(callId).orElseThrow(() -> new NotFoundException("calls.notFound", callId));
        if (!call.recorded()) {
            throw new NotFoundException("calls.recording.none", callId);
        }
        if (!call.mayBePlayedBy(me)) {
            throw new ForbiddenException("calls.recording.forbidden");
        }
        String link = call.recordingUrl();
        if (link == null) {
            // The PBX's links expire: one is asked for now, of the PBX the call came through.
            PbxSettings.InEffect settings = settingsInEffect.get();
            if (settings.pbx() != call.pbx()) {
                throw new UnavailableException("calls.recording.otherPbx");
            }
            PbxAdapter.Recording recording = adapters.of(call.pbx()).recording(settings.account(), call.pbxCallId(),
                    call.recordingId());
            if (recording.url() == null) {
                LOG.warning(() -> "The PBX gave no link to the recording of call " + callId + ": " + recording.reason());
                throw new UnavailableException("calls.recording.unavailable");
            }
            link = recording.url();
        }
        inbox.audit(new Auditor.Actor(me.id(), me.login()), "pbx.recordingPlayed", callId, "call=" + callId);
        return link;
    }

}
