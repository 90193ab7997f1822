package ru.fieldcrm.pricelist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The service price list. Everyone signed in reads the active items (the office picks an order's
 * lines from them); the administrator also sees the inactive ones and keeps the list. Names are
 * unique regardless of case. An item that an order names is never deleted, only deactivated:
 * orders keep their own copy of its name, unit and price, so changing the list never changes them.
 */
public interface PriceListService {

    /**
     * The items whose name or group contains {@code text} (any case; empty: all), by name.
     * {@code active}: only active ({@code true}), only inactive ({@code false}) or both
     * ({@code null}); anyone but the administrator sees active items only (and finds nothing
     * when asking for inactive ones).
     */
    List<ServiceItemDetails> find(@Size(max = 200, message = "{pricelist.search.tooLong}") String text, Boolean active);

    ServiceItemDetails create(@NotNull @Valid ServiceItemForm form);

    /** Changes the item as loaded at {@code version}; an item changed since is refused as a concurrent change. */
    ServiceItemDetails update(long id, long version, @NotNull @Valid ServiceItemForm form);

    /** Deletes the item, or deactivates it when an order names it. */
    ItemRemoval remove(long id, long version);
}
