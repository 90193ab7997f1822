/**
 * Clients: the {@link ru.fieldcrm.clients.Client} aggregate (the card with its phone numbers and
 * addresses, and the rules of merging a duplicate), its queries and the service behind
 * {@link ru.fieldcrm.clients.ClientService}.
 */
package ru.fieldcrm.clients;
