package ru.fieldcrm.pricelist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Locale;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Money;

/**
 * A service the company sells at a price per unit. Its name is unique regardless of case (the
 * {@code nameKey}); the price is exact roubles and kopecks, never negative. Only an active item is
 * offered for a new order line.
 */
@Entity
@Table(name = "service_item")
@SequenceGenerator(name = "service_item_seq", sequenceName = "service_item_seq", allocationSize = 50)
public class ServiceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_item_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(nullable = false, length = 20)
    private String unit;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(length = 100)
    private String category;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected ServiceItem() {
    }

    public ServiceItem(ServiceItemForm form) {
        change(form);
    }

    /** The name as uniqueness sees it: «Монтаж » and «МОНТАЖ» are the same service. */
    public static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public void change(ServiceItemForm form) {
        Money exact;
        try {
            exact = Money.of(form.price());
        } catch (ArithmeticException e) {
            throw new InvalidRequestException("orders.money.format", "price");
        }
        if (exact.isNegative()) {
            throw new InvalidRequestException("pricelist.price.negative", "price");
        }
        name = form.name().strip().replaceAll("\\s+", " ");
        nameKey = keyOf(name);
        unit = form.unit().strip();
        price = exact.amount();
        category = form.category() == null || form.category().isBlank() ? null : form.category().strip();
        active = form.active();
    }

    /** Taken out of the price list: existing orders keep it, new lines cannot name it. */
    public void deactivate() {
        active = false;
    }

    /** Whether a new order line may name the item; an inactive one is refused at that line's {@code field}. */
    public void checkOffered(String field) {
        if (!active) {
            throw new InvalidRequestException("orders.line.serviceInactive", field, name);
        }
    }

    ServiceItemDetails toDetails() {
        return new ServiceItemDetails(id, name, unit, price, category, active, version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getCategory() {
        return category;
    }

    public String getNameKey() {
        return nameKey;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
