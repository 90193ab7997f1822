package ru.fieldcrm.shared;

import java.util.List;

/** One page of results together with the total number of rows that match the filter. */
public record PageResult<T>(List<T> rows, long total) {

    public PageResult {
        rows = List.copyOf(rows);
    }
}
