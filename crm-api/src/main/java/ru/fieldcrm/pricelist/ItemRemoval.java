package ru.fieldcrm.pricelist;

/** What removing an item did: an item some order names is only deactivated, so the order keeps its link. */
public enum ItemRemoval {
    DELETED,
    DEACTIVATED
}
