package ru.fieldcrm.sales;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import ru.fieldcrm.shared.Formats;
import ru.fieldcrm.shared.Texts;
import ru.fieldcrm.shared.xlsx.XlsxColumn;
import ru.fieldcrm.shared.xlsx.XlsxDownload;
import ru.fieldcrm.shared.xlsx.XlsxTable;

/** The sales figures as an {@code .xlsx} file, for the page and {@code GET /api/sales/figures/export}. */
@ApplicationScoped
public class SalesFiguresExport {

    private static final List<XlsxColumn> COLUMNS = List.of(
            XlsxColumn.text("deals.figures.seller"),
            XlsxColumn.number("deals.figures.outgoing"),
            XlsxColumn.number("deals.figures.incoming"),
            XlsxColumn.number("deals.figures.answered"),
            XlsxColumn.number("deals.figures.talkMinutes"),
            XlsxColumn.number("deals.figures.negotiations"),
            XlsxColumn.number("deals.figures.created"),
            XlsxColumn.number("deals.figures.won"),
            XlsxColumn.number("deals.figures.lost"),
            XlsxColumn.money("deals.figures.wonSum"),
            XlsxColumn.money("deals.figures.average").withoutTotal(),
            XlsxColumn.number("deals.figures.cycleDays").withoutTotal(),
            XlsxColumn.money("deals.figures.plan"),
            XlsxColumn.percent("deals.figures.planPercent"));

    @Inject
    Formats formats;

    public String fileName(SalesFigures figures, Locale locale) {
        return XlsxDownload.fileName(Texts.ui(locale, "deals.figures.title"), figures.from(), figures.to());
    }

    public void write(SalesFigures figures, Locale locale, OutputStream out) throws IOException {
        String what = Texts.ui(locale, "deals.figures.title");
        String title = what + XlsxDownload.period(figures.from(), figures.to()).map(p -> " " + p).orElse("");
        try (XlsxTable table = new XlsxTable(locale, formats.getZone(), what, title, COLUMNS)) {
            for (SellerFigures s : figures.sellers()) {
                table.row(s.name(), s.callsOutgoing(), s.callsIncoming(), s.callsAnswered(), Math.round(s.talkSeconds() / 60.0),
                        s.negotiations(), s.dealsCreated(), s.dealsWon(), s.dealsLost(), s.wonSum(), s.averageDeal(),
                        s.cycleDays(), s.plan(), s.planPercent() == null ? null : s.planPercent() / 100.0);
            }
            table.totals();
            table.writeTo(out);
        }
    }
}
