package ru.fieldcrm.organizer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import ru.fieldcrm.shared.Texts;

/**
 * How the calendar and the board draw a visit: orders in one colour, assessments in another, the
 * status as a shade of it (CSS classes {@code crm-visit-order}, {@code crm-visit-status-DONE}…),
 * and the text and link of each.
 */
@Named
@ApplicationScoped
public class VisitStyle {

    public String styleClass(Visit visit) {
        return "crm-visit crm-visit-" + visit.kind().name().toLowerCase(Locale.ROOT) + " crm-visit-status-" + visit.status();
    }

    /** «Заказ № 12 · Анна Смирнова». */
    public String title(Visit visit) {
        return Texts.ui(locale(), "organizer.title." + visit.kind(), visit.number(), visit.clientName());
    }

    /** The status in words, for the tooltip and the list view. */
    public String status(Visit visit) {
        String prefix = visit.kind() == VisitKind.ORDER ? "orders.status." : "assessments.status.";
        return Texts.ui(locale(), prefix + visit.status());
    }

    /** The page of the order or the assessment, relative to the application. */
    public String link(Visit visit) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + (visit.kind() == VisitKind.ORDER ? "/orders/edit.xhtml?id=" : "/assessments/edit.xhtml?id=")
                + visit.id();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
