package ru.fieldcrm.discounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import ru.fieldcrm.shared.Refusals;
import ru.fieldcrm.users.Role;

/** The administrator's discount types: a list, and one dialog to add or change a type. */
@Named
@ViewScoped
public class DiscountTypes implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    DiscountService discounts;

    private List<DiscountTypeDetails> types;
    private DiscountTypeDetails editing;
    private String name;
    private DiscountKind kind = DiscountKind.PERCENT;
    private BigDecimal maxValue;
    private boolean active = true;
    private List<Role> roles = List.of(Role.ADMIN, Role.OPERATOR);

    @PostConstruct
    void init() {
        types = discounts.list(false);
    }

    public void startNew() {
        editing = null;
        name = null;
        kind = DiscountKind.PERCENT;
        maxValue = null;
        active = true;
        roles = List.of(Role.ADMIN, Role.OPERATOR);
    }

    public void edit(DiscountTypeDetails type) {
        editing = type;
        name = type.name();
        kind = type.kind();
        maxValue = type.maxValue();
        active = type.active();
        roles = List.copyOf(type.roles());
    }

    public void save() {
        try {
            DiscountTypeForm form = new DiscountTypeForm(name, kind, maxValue, active,
                    roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
            DiscountTypeDetails saved = editing == null ? discounts.create(form)
                    : discounts.update(editing.id(), editing.version(), form);
            Refusals.info("discounts.saved", saved.name());
            types = discounts.list(false);
        } catch (RuntimeException e) {
            Refusals.show(e, "typeForm");
        }
    }

    public List<DiscountTypeDetails> getTypes() {
        return types;
    }

    public List<DiscountKind> getKinds() {
        return List.of(DiscountKind.values());
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public boolean isNew() {
        return editing == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DiscountKind getKind() {
        return kind;
    }

    public void setKind(DiscountKind kind) {
        this.kind = kind;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(BigDecimal maxValue) {
        this.maxValue = maxValue;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? List.of() : roles;
    }
}
