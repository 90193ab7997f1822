/**
 * The audit log: who did what and when, for sign-ins, user administration and later every
 * business change. Entries are written by the services themselves, never by pages.
 */
package ru.fieldcrm.audit;
