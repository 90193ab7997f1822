package ru.fieldcrm.calls;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import ru.fieldcrm.shared.PageResult;

/**
 * The PBX settings (administrator), the events the PBX posts (anyone may post, only the company's
 * token and the PBX's signature are heard) and the call log.
 */
public interface CallService {

    PbxSettingsDetails pbxSettings();

    /** Saves the settings whole or refuses them with every problem; {@code version} guards a concurrent save. */
    PbxSettingsDetails savePbxSettings(long version, @NotNull @Valid PbxSettingsForm form);

    /**
     * An event the PBX posts to {@link PbxSettingsDetails#webhookPath()}. Answers at once: the
     * token and the signature are checked and the event is stored with its call in one short
     * transaction; matching the user, the client and the order happens after the commit.
     * A wrong token is 403, a bad or missing signature 401, an unreadable event 400 with the
     * reason: none of them stores anything. An event already stored (a replay) changes nothing.
     */
    WebhookAnswer webhook(String token, @NotNull WebhookRequest request);

    /**
     * Click-to-call: asks the PBX to ring the caller's own extension and then connect it to the
     * number (any signed-in user). Refused with a reason when the caller has no extension, no PBX
     * that takes such requests is chosen, or the PBX refuses.
     */
    void callback(@NotNull @Valid CallbackRequest request);

    /** The call log (administrator, operator; a manager and a salesperson see their own calls). */
    PageResult<CallSummary> find(@NotNull @Valid CallQuery query);

    /**
     * The card of an incoming call for the user it rings (their extension, or the call is theirs):
     * the caller's client, if the number is on a card, and the client's open orders. Anyone else
     * is refused.
     */
    IncomingCallDetails incoming(long callId);

    /** The calls of a client, newest first (everyone who reads clients). */
    List<CallSummary> ofClient(long clientId);

    /**
     * Where to play a call's recording now: the link the PBX gave with its event (the generic
     * PBX), or a fresh one asked of the PBX with the account's key (Zadarma, Mango Office), which
     * expires. The administrator and the operators may play any call; a manager and a salesperson
     * their own calls only. Each opening is audited.
     *
     * @throws ru.fieldcrm.shared.NotFoundException no such call, or it has no recording
     * @throws ru.fieldcrm.shared.ForbiddenException the call is not the reader's
     * @throws ru.fieldcrm.shared.UnavailableException the PBX gave no link
     */
    String recording(long callId);
}
