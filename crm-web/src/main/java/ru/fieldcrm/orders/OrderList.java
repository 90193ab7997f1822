package ru.fieldcrm.orders;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.PageRequest;
import ru.fieldcrm.shared.PagedModel;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.shared.xlsx.XlsxDownload;
import ru.fieldcrm.users.CurrentUser;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.StaffMember;
import ru.fieldcrm.users.UserService;

/**
 * The order list: period, statuses, manager and a text (client, phone, address); lazy pages with
 * the totals of everything the filter matches. "My orders today" for a manager.
 */
@Named
@ViewScoped
public class OrderList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    OrderService orders;

    @EJB
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Inject
    Formats formats;

    @Inject
    OrderExport exporter;

    private LocalDate from;
    private LocalDate to;
    private List<OrderStatus> statuses = List.of();
    private Long managerId;
    private String text;
    private List<StaffMember> managers;
    private OrderTotals totals;
    private PagedModel<OrderSummary> model;

    @PostConstruct
    void init() {
        from = formats.today();
        managers = users.staff(Role.MANAGER);
        model = new PagedModel<>(page -> {
            OrderQuery query = query(page);
            totals = orders.totals(query);
            return orders.find(query);
        }, OrderSummary::id);
    }

    private OrderQuery query(PageRequest page) {
        return new OrderQuery(from, to, statuses.isEmpty() ? EnumSet.noneOf(OrderStatus.class) : EnumSet.copyOf(statuses),
                managerId, null, text, page);
    }

    /**
     * The list as it is filtered and sorted now, as an {@code .xlsx} download written straight to
     * the response; more orders than a sheet holds is said at the top of the page instead.
     */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        OrderExport.Prepared prepared;
        try {
            prepared = exporter.prepare(query(model.sorted(1)), faces.getViewRoot().getLocale());
        } catch (RuntimeException e) {
            Refusals.show(e, "ordersForm");
            return;
        }
        XlsxDownload.toPage(prepared.fileName(), prepared::writeTo);
    }

    /** A manager's own orders for today. */
    public void mineToday() {
        from = formats.today();
        to = from;
        statuses = List.of();
        text = null;
        managerId = currentUser.getDetails().id();
    }

    public boolean isManager() {
        return currentUser.getDetails().role() == Role.MANAGER;
    }

    public boolean isMayCreate() {
        return OrderRights.mayCreate(currentUser.getDetails().role());
    }

    public List<OrderStatus> getAllStatuses() {
        return List.of(OrderStatus.values());
    }

    public PagedModel<OrderSummary> getModel() {
        return model;
    }

    public OrderTotals getTotals() {
        return totals;
    }

    public List<StaffMember> getManagers() {
        return managers;
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

    public List<OrderStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<OrderStatus> statuses) {
        this.statuses = statuses == null ? List.of() : statuses;
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
