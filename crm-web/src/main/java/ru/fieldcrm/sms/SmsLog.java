package ru.fieldcrm.sms;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.PagedModel;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;

/**
 * The SMS log (administrator, operator): the messages written in a period, by status, order number
 * and digits of the phone, newest first, in lazy pages. The administrator sends a failed,
 * undelivered, dropped or uncertain message again. Opened as {@code log.xhtml?order=N} from an
 * order, it shows that order's messages of any time.
 */
@Named
@ViewScoped
public class SmsLog implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "logForm";
    private static final int DEFAULT_DAYS = 7;

    @EJB
    SmsService sms;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    private LocalDate from;
    private LocalDate to;
    private SmsStatus status;
    private Long orderNumber;
    private String phone;
    private PagedModel<SmsMessageSummary> model;

    @PostConstruct
    void init() {
        from = formats.today().minusDays(DEFAULT_DAYS - 1L);
        model = new PagedModel<>(page -> sms.find(new SmsQuery(from, to, status, orderNumber, phone, page)),
                SmsMessageSummary::id);
    }

    /** After the view parameters: an order named in the address is looked up over all time. */
    public void load() {
        if (orderNumber != null) {
            from = null;
        }
    }

    /** A filter changed: back to the first page. */
    public void filter() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + FORM + ":messages") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void resend(SmsMessageSummary message) {
        try {
            SmsMessageSummary again = sms.resend(message.id());
            Refusals.info("sms.log.resent", formats.phone(again.phone()));
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    /** Offered for a message that may go again to a number that can take it (never to a landline). */
    public boolean mayResend(SmsMessageSummary message) {
        return isAdmin() && message.status().mayResend() && PhoneNumbers.isMobile(message.phone());
    }

    public boolean isAdmin() {
        return currentUser.getDetails().role() == Role.ADMIN;
    }

    public List<SmsStatus> getStatuses() {
        return List.of(SmsStatus.values());
    }

    public PagedModel<SmsMessageSummary> getModel() {
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public SmsStatus getStatus() {
        return status;
    }

    public void setStatus(SmsStatus status) {
        this.status = status;
    }

    public Long getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(Long orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
