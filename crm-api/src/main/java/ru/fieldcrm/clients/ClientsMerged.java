package ru.fieldcrm.clients;

/**
 * A CDI event: an administrator merged the duplicate into the kept client. Fired synchronously
 * inside the merge's transaction, so an observer (the orders of the duplicate follow the kept
 * client) either succeeds with the merge or rolls it back.
 */
public record ClientsMerged(long duplicateId, long keptId) {
}
