package ru.fieldcrm.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import ru.fieldcrm.shared.Texts;

/**
 * How every SMS page shows a message's state: the colour of its status (waiting blue, sent teal,
 * delivered green, failed red, uncertain amber, dropped or journal only grey) and its failure in
 * words.
 */
@Named
@ApplicationScoped
public class SmsStatusStyle {

    /**
     * The PrimeFaces severity of the status's tag; the states the theme has no colour for (sent,
     * dropped, journal only) get theirs from the stylesheet ({@code crm-sms-status-SENT}…).
     */
    public String severity(SmsStatus status) {
        return switch (status) {
            case SCHEDULED, SENDING -> "info";
            case DELIVERED -> "success";
            case UNDELIVERED, FAILED -> "danger";
            case UNCERTAIN -> "warning";
            case SENT, DROPPED, JOURNALED -> null;
        };
    }

    /**
     * The failure as the log shows it: the gateway's code and text, or, for the CRM's own reasons
     * (a number that is no mobile one, too many attempts…), the reason in the reader's language.
     */
    public String error(SmsMessageSummary message) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return error(message.errorCode(), message.errorText(), locale);
    }

    static String error(String code, String text, Locale locale) {
        String reason = null;
        if (code != null && !code.isBlank()) {
            String key = "sms.error." + code;
            String translated = Texts.ui(locale, key);
            reason = translated.equals(key) ? code : translated;
        }
        if (text == null || text.isBlank()) {
            return reason == null ? "" : reason;
        }
        return reason == null ? text : reason + ": " + text;
    }
}
