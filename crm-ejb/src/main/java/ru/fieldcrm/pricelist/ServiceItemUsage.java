package ru.fieldcrm.pricelist;

/**
 * Whether any order names an item of the price list. Implemented by the orders, which own their
 * lines: the price list asks before it deletes an item, without knowing how orders are stored.
 */
public interface ServiceItemUsage {

    boolean isUsed(long serviceItemId);
}
