package ru.fieldcrm.users;

/** What deleting a user did: a user with history is only deactivated, so history keeps its author. */
public enum DeletionOutcome {
    DELETED,
    DEACTIVATED
}
