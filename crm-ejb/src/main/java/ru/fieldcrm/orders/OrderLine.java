package ru.fieldcrm.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import ru.fieldcrm.shared.Money;

/** A line of an order, owned by it: typed by hand or a copy of a price-list item at the time it was added. */
@Entity
@Table(name = "order_line")
@SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 20)
    private String unit;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, precision = 9, scale = 3)
    private BigDecimal quantity;

    /** The price-list item the line was picked from; its name, unit and price above are the order's own copy. */
    @Column(name = "service_item_id")
    private Long serviceItemId;

    protected OrderLine() {
    }

    OrderLine(Order order, int position, OrderLineEntry entry) {
        this.order = order;
        this.position = position;
        this.name = entry.name().strip();
        this.unit = entry.unit() == null || entry.unit().isBlank() ? null : entry.unit().strip();
        this.price = entry.price();
        this.quantity = entry.quantity();
        this.serviceItemId = entry.serviceItemId();
    }

    /** Price × quantity, to the kopeck. */
    static Money sum(OrderLineEntry entry) {
        return Money.of(entry.price()).times(entry.quantity());
    }

    OrderLineEntry toEntry() {
        return new OrderLineEntry(name, unit, price, quantity, serviceItemId);
    }
}
