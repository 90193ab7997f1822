/**
 * Clients: the {@link ru.fieldcrm.clients.Client} aggregate (the card with its phone numbers and
 * addresses, and the rules of merging a duplicate), its queries and the service behind
 * {@link ru.fieldcrm.clients.ClientService}. Each number keeps the suffixes of its digits
 * ({@code client_phone_suffix}), which let a fragment of a number be found through an index.
 */
package ru.fieldcrm.clients;
