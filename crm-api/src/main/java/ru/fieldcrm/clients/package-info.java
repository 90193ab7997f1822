/**
 * Clients: the people and companies the crews visit, their phone numbers (one number belongs to
 * one client) and addresses with the details a crew needs at the door.
 */
package ru.fieldcrm.clients;
