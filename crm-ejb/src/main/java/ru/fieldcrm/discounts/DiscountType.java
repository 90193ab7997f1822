package ru.fieldcrm.discounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.users.Role;

/**
 * A kind of discount the company gives: percent or amount, up to a maximum, by certain roles.
 * How much it takes off an order is decided here.
 */
@Entity
@Table(name = "discount_type")
@SequenceGenerator(name = "discount_type_seq", sequenceName = "discount_type_seq", allocationSize = 50)
public class DiscountType {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "discount_type_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_key", nullable = false, length = 100)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DiscountKind kind;

    @Column(name = "max_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal maxValue;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false, length = 100)
    private String roles;

    @Version
    private long version;

    protected DiscountType() {
    }

    public DiscountType(DiscountTypeForm form) {
        change(form);
    }

    public static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public void change(DiscountTypeForm form) {
        if (form.kind() == DiscountKind.PERCENT && form.maxValue().compareTo(HUNDRED) > 0) {
            throw new InvalidRequestException("discounts.percentOver100", "maxValue");
        }
        name = form.name().strip();
        nameKey = keyOf(name);
        kind = form.kind();
        maxValue = form.maxValue();
        active = form.active();
        roles = form.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    /**
     * The roubles this discount takes off an order of {@code orderAmount}.
     *
     * @param checkGiver whether {@code giver} must be allowed to give it (a discount already on an
     *                   order stays when somebody else edits the order)
     */
    public Money amountOff(BigDecimal value, Money orderAmount, Role giver, boolean checkGiver) {
        if (checkGiver && (!active || !roles().contains(giver))) {
            throw new InvalidRequestException(active ? "orders.discount.notForRole" : "orders.discount.inactive", "discount");
        }
        if (value.compareTo(maxValue) > 0) {
            throw new InvalidRequestException("orders.discount.overMax", "discount",
                    kind == DiscountKind.PERCENT ? maxValue.stripTrailingZeros().toPlainString() + " %" : Money.format(maxValue));
        }
        Money off = kind == DiscountKind.PERCENT ? orderAmount.percent(value) : Money.of(value);
        if (off.exceeds(orderAmount)) {
            throw new InvalidRequestException("orders.discount.overAmount", "discount");
        }
        return off;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of()
                : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    DiscountTypeDetails toDetails() {
        return new DiscountTypeDetails(id, name, kind, maxValue, active, roles(), version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
