package ru.fieldcrm.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Refusals;

/** The «Позвонить» buttons: one service call, its outcome as a message. */
@Named
@RequestScoped
public class ClickToCall {

    @EJB
    CallService calls;

    @Inject
    Formats formats;

    public void call(String number) {
        try {
            calls.callback(new CallbackRequest(number));
            Refusals.info("calls.callback.started", formats.phone(number));
        } catch (RuntimeException e) {
            Refusals.show(e, null);
        }
    }
}
