package ru.fieldcrm.shared;

import java.io.Serial;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by a paged service call: the table asks for a page, this asks
 * the service once for the rows and the total. Filters are the page's own fields, read by the
 * loader, so the model only carries paging and sorting.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, PageResult<T>> loader;
    private final transient Function<T, Object> keyOf;
    private transient List<T> rows = List.of();
    private String sortField;
    private boolean ascending = true;

    public PagedModel(Function<PageRequest, PageResult<T>> loader, Function<T, Object> keyOf) {
        this.loader = loader;
        this.keyOf = keyOf;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return getRowCount();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        PageRequest request = new PageRequest(first, pageSize,
                sort == null ? null : sort.getField(), sort == null || sort.getOrder() != SortOrder.DESCENDING);
        sortField = request.sortField();
        ascending = request.ascending();
        PageResult<T> page = loader.apply(request);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        rows = page.rows();
        return rows;
    }

    /** The first page of {@code size} rows in the table's current sort (for an export of the whole list). */
    public PageRequest sorted(int size) {
        return new PageRequest(0, size, sortField, ascending);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(keyOf.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
