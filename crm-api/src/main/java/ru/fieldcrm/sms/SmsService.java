package ru.fieldcrm.sms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import ru.fieldcrm.shared.PageResult;

/**
 * SMS settings (administrator) and the log. Messages themselves are written by the changes of
 * orders and assessments, never through this service. Settings are saved whole or not at all:
 * every problem of the form is reported together ({@link ru.fieldcrm.shared.InvalidRequestException}
 * with the fields), and {@code version} guards against a concurrent save.
 */
public interface SmsService {

    SmsSettingsDetails settings();

    SmsSettingsDetails save(long version, @NotNull @Valid SmsSettingsForm form);

    /** The template rendered with real values, its length and parts (the editor's live preview). */
    SmsPreview preview(@NotNull SmsTrigger trigger, @Size(max = 1000, message = "{sms.template.tooLong}") String text);

    /**
     * Sends a test message through the saved gateway at once (quiet hours do not apply) and returns
     * it as the log shows it: sent, or failed with the gateway's answer.
     */
    SmsMessageSummary sendTest(@NotBlank(message = "{sms.test.phoneRequired}") @Size(max = 40) String phone,
            @NotBlank(message = "{sms.test.textRequired}") @Size(max = 1000, message = "{sms.template.tooLong}") String text);

    /** The log (administrator, operator). */
    PageResult<SmsMessageSummary> find(@NotNull @Valid SmsQuery query);

    /** The messages of an order, oldest first (everyone who reads orders). */
    List<SmsMessageSummary> ofOrder(long orderId);

    /** The messages of an assessment, oldest first. */
    List<SmsMessageSummary> ofAssessment(long assessmentId);

    /**
     * A delivery report the gateway posts to the CRM ({@link SmsSettingsDetails#reportPath()}):
     * anyone may post, only the saved token is heard ({@link ru.fieldcrm.shared.NotFoundException}
     * otherwise). The form's fields are parsed by the saved gateway's adapter; answers the body
     * that gateway expects.
     */
    String report(@NotBlank String token, @NotNull Map<String, List<String>> form);

    /**
     * Sends a failed, undelivered, dropped or uncertain message again, as a new message due now
     * (administrator). The old one stays in the log as it was.
     */
    SmsMessageSummary resend(long id);
}
