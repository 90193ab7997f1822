package ru.fieldcrm.clients;

/** A client was created or changed (fired in the saving transaction): for features that follow clients' addresses. */
public record ClientSaved(long clientId) {
}
