package ru.fieldcrm.discounts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Discount types: everyone signed in reads them; the administrator keeps them. */
public interface DiscountService {

    /** The types, by name; {@code activeOnly} for choosing one on an order. */
    List<DiscountTypeDetails> list(boolean activeOnly);

    DiscountTypeDetails create(@NotNull @Valid DiscountTypeForm form);

    DiscountTypeDetails update(long id, long version, @NotNull @Valid DiscountTypeForm form);
}
