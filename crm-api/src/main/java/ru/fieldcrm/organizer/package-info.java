/**
 * The organizer: orders and site assessments together as visits in time, for the calendar and
 * the dispatcher board. Moving a visit is an ordinary change of its order or assessment, under
 * their own rights and history.
 */
package ru.fieldcrm.organizer;
