package ru.fieldcrm.geo;

import ru.fieldcrm.organizer.Visit;

/** A visit with the point of its address. */
public record MapVisit(Visit visit, double latitude, double longitude) {
}
