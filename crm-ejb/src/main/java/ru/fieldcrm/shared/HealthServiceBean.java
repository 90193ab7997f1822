package ru.fieldcrm.shared;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthServiceBean implements HealthService {

    private static final Logger LOG = Logger.getLogger(HealthServiceBean.class.getName());

    @Resource(lookup = "jdbc/crm")
    DataSource dataSource;

    @Override
    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            LOG.warning(() -> "Health check: the database does not answer: " + e.getMessage());
            return false;
        }
    }
}
