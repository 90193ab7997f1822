package ru.fieldcrm.orders;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.shared.xlsx.XlsxColumn;
import ru.fieldcrm.shared.xlsx.XlsxDownload;
import ru.fieldcrm.shared.xlsx.XlsxTable;

/**
 * The order list as an {@code .xlsx} file, for the list page and {@code GET /api/orders/export}:
 * the orders the list's filter matches in the list's sort, read from the service a batch at a
 * time and written to the sheet as they come.
 */
@ApplicationScoped
public class OrderExport {

    /** Orders read per call of the service. */
    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(OrderExport.class.getName());

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final List<XlsxColumn> COLUMNS = List.of(
            XlsxColumn.identifier("orders.field.number"),
            XlsxColumn.date("orders.export.visitDate"),
            XlsxColumn.text("orders.export.window"),
            XlsxColumn.text("orders.field.status"),
            XlsxColumn.text("orders.field.client"),
            XlsxColumn.text("orders.export.phone"),
            XlsxColumn.text("orders.field.address"),
            XlsxColumn.text("orders.field.manager"),
            XlsxColumn.money("orders.field.amount"),
            XlsxColumn.money("orders.field.discount"),
            XlsxColumn.money("orders.field.priceChange"),
            XlsxColumn.money("orders.field.finalSum"),
            XlsxColumn.dateTime("orders.export.created"));

    @EJB
    OrderService orders;

    @Inject
    Formats formats;

    /** An export checked and begun: its refusals are over before the first byte is sent. */
    public final class Prepared {

        private final OrderQuery query;
        private final Locale locale;
        private final List<OrderExportRow> first;

        private Prepared(OrderQuery query, Locale locale, List<OrderExportRow> first) {
            this.query = query;
            this.locale = locale;
            this.first = first;
        }

        public String fileName() {
            return XlsxDownload.fileName(Texts.ui(locale, "orders.title"), query.from(), query.to());
        }

        /** Writes the file: every batch goes to the sheet (and leaves the heap) before the next is read. */
        public void writeTo(OutputStream out) throws IOException {
            String what = Texts.ui(locale, "orders.title");
            String title = XlsxDownload.period(query.from(), query.to()).map(p -> what + " " + p).orElse(what);
            try (XlsxTable table = new XlsxTable(locale, formats.getZone(), what, title, COLUMNS)) {
                List<OrderExportRow> batch = first;
                boolean full = false;
                while (!batch.isEmpty()) {
                    for (OrderExportRow row : batch) {
                        if (table.rowsLeft() == 0) {
                            // Orders booked since the count filled the sheet: what fits is still a whole file.
                            LOG.warning(() -> "Order export stopped at a full sheet before order " + row.id());
                            full = true;
                            break;
                        }
                        if (row.status() == OrderStatus.CANCELLED) {
                            table.uncountedRow(values(row));
                        } else {
                            table.row(values(row));
                        }
                    }
                    batch = full || batch.size() < query.page().size() ? List.of()
                            : orders.exportBatch(query, batch.get(batch.size() - 1));
                }
                table.totals();
                table.writeTo(out);
            }
        }

        private Object[] values(OrderExportRow row) {
            return new Object[] {row.number(), row.visitDate(),
                TIME.format(row.windowStart()) + "–" + TIME.format(row.windowEnd()),
                Texts.ui(locale, "orders.status." + row.status().name()), row.clientName(),
                PhoneNumbers.format(row.contactPhone()), row.address(), row.managerName(), row.amount(),
                row.discount(), row.priceChange(), row.finalSum(), row.createdAt()};
        }
    }

    /**
     * Checks the filter and the size and reads the first batch.
     *
     * @param filter the list's filter and sort (its page's offset and size are not used)
     * @throws InvalidRequestException when more orders match than a sheet holds
     */
    public Prepared prepare(OrderQuery filter, Locale locale) {
        OrderQuery query = new OrderQuery(filter.from(), filter.to(), filter.statuses(), filter.managerId(),
                filter.clientId(), filter.text(),
                new ru.fieldcrm.shared.PageRequest(0, BATCH, filter.page().sortField(), filter.page().ascending()));
        long count = orders.totals(query).count();
        int limit = XlsxTable.maxRows(true);
        if (count > limit) {
            throw new InvalidRequestException("orders.export.tooMany", null, count, limit);
        }
        return new Prepared(query, locale, orders.exportBatch(query, null));
    }
}
