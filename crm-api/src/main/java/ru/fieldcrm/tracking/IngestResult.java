package ru.fieldcrm.tracking;

/**
 * What a batch did: how many positions it carried and how many were new. A resent batch answers
 * {@code stored = 0}, which tells a client that it may forget them all the same.
 */
public record IngestResult(int received, int stored) {
}
