package ru.fieldcrm.pricelist;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import ru.fieldcrm.shared.Refusals;

/**
 * The administrator's price list: search and activity filter, one dialog to add or change an item,
 * deleting (or, for an item on orders, deactivating) one.
 */
@Named
@ViewScoped
public class PriceList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String FORM = "itemForm";

    @EJB
    PriceListService priceList;

    private String text;
    private Boolean active;
    private List<ServiceItemDetails> items;

    private ServiceItemDetails editing;
    private String name;
    private String unit;
    private BigDecimal price;
    private String category;
    private boolean itemActive = true;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        items = priceList.find(text, active);
    }

    public void startNew() {
        editing = null;
        name = null;
        unit = null;
        price = null;
        category = null;
        itemActive = true;
    }

    public void edit(ServiceItemDetails item) {
        editing = item;
        name = item.name();
        unit = item.unit();
        price = item.price();
        category = item.category();
        itemActive = item.active();
    }

    public void save() {
        try {
            ServiceItemForm form = new ServiceItemForm(name, unit, price, category, itemActive);
            ServiceItemDetails saved = editing == null ? priceList.create(form)
                    : priceList.update(editing.id(), editing.version(), form);
            Refusals.info("pricelist.saved", saved.name());
            search();
        } catch (RuntimeException e) {
            Refusals.show(e, FORM);
        }
    }

    public void remove(ServiceItemDetails item) {
        try {
            ItemRemoval outcome = priceList.remove(item.id(), item.version());
            Refusals.info(outcome == ItemRemoval.DELETED ? "pricelist.deleted" : "pricelist.deactivated", item.name());
        } catch (RuntimeException e) {
            Refusals.show(e, "itemsForm");
        }
        search();
    }

    /** The groups the list already has that contain what is typed, for the group input. */
    public List<String> completeCategory(String typed) {
        String part = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return priceList.find(null, null).stream().map(ServiceItemDetails::category).filter(Objects::nonNull)
                .distinct().filter(c -> c.toLowerCase(Locale.ROOT).contains(part)).sorted().limit(10).toList();
    }

    public List<ServiceItemDetails> getItems() {
        return items;
    }

    public boolean isNew() {
        return editing == null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isItemActive() {
        return itemActive;
    }

    public void setItemActive(boolean itemActive) {
        this.itemActive = itemActive;
    }
}
