package ru.fieldcrm.reports;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * Test-only servlet added to the WAR by {@link ReportApiIT}: makes the figures table refuse a day's
 * row with a given final sum (a CHECK constraint, the same SQL on H2 and PostgreSQL) so that a run fails in the middle, lifts it
 * again, and counts a day's rows, which the test cannot reach while the server holds an H2 file.
 */
@WebServlet("/it/finance-day")
public class FiguresTableHook extends HttpServlet {

    static final String CONSTRAINT = "finance_day_it_refuse_ck";

    @Resource(lookup = "jdbc/crm")
    DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate day = LocalDate.parse(request.getParameter("day"));
        try (Connection db = database.getConnection(); Statement statement = db.createStatement()) {
            if ("refuse".equals(request.getParameter("action"))) {
                // Refuses only the figures to come (the rows already there have another final sum).
                BigDecimal finalSum = new BigDecimal(request.getParameter("finalSum"));
                statement.execute("alter table finance_day add constraint " + CONSTRAINT
                        + " check (work_day <> date '" + day + "' or final_sum <> " + finalSum.toPlainString() + ")");
            } else {
                statement.execute("alter table finance_day drop constraint " + CONSTRAINT);
            }
            response.setStatus(204);
        } catch (SQLException e) {
            response.sendError(500, e.getMessage());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate day = LocalDate.parse(request.getParameter("day"));
        try (Connection db = database.getConnection();
                PreparedStatement count = db.prepareStatement("select count(*) from finance_day where work_day = ?")) {
            count.setObject(1, java.sql.Date.valueOf(day));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                response.setContentType("text/plain");
                response.getWriter().print(rows.getLong(1));
            }
        } catch (SQLException e) {
            response.sendError(500, e.getMessage());
        }
    }
}
