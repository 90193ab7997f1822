package ru.fieldcrm.geo;

/** One located address of a client. */
public record MapClient(long clientId, long addressId, String name, String address, double latitude, double longitude) {
}
