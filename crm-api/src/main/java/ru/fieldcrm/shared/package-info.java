/**
 * What every feature shares: paging, phone numbers, validation constraints and the domain
 * exceptions that carry a message key for the page or the REST API to show.
 */
package ru.fieldcrm.shared;
