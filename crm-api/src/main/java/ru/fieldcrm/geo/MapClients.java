package ru.fieldcrm.geo;

import java.util.List;

/** The client points of a map view; {@code more} when the limit left some out. */
public record MapClients(List<MapClient> clients, boolean more) {
}
