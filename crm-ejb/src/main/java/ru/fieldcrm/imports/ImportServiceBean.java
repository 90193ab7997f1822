package ru.fieldcrm.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import ru.fieldcrm.audit.Auditor;
import ru.fieldcrm.clients.AddressEntry;
import ru.fieldcrm.clients.Client;
import ru.fieldcrm.clients.ClientRepository;
import ru.fieldcrm.clients.NewClientRequest;
import ru.fieldcrm.clients.PhoneEntry;
import ru.fieldcrm.orders.FieldChange;
import ru.fieldcrm.orders.OfficePart;
import ru.fieldcrm.orders.Order;
import ru.fieldcrm.orders.OrderActor;
import ru.fieldcrm.orders.OrderField;
import ru.fieldcrm.orders.OrderForm;
import ru.fieldcrm.orders.OrderRepository;
import ru.fieldcrm.orders.OrderStatus;
import ru.fieldcrm.settings.CrmConfiguration;
import ru.fieldcrm.shared.CrmException;
import ru.fieldcrm.shared.InvalidRequestException;
import ru.fieldcrm.shared.Money;
import ru.fieldcrm.shared.PhoneNumbers;
import ru.fieldcrm.users.Role;
import ru.fieldcrm.users.Staff;
import ru.fieldcrm.users.StaffMember;

/**
 * Imports, run in the caller's request: every row is read and checked first (the same Bean
 * Validation as the client card and the order form, the phone rules of {@link PhoneNumbers}, the
 * clients' numbers, the managers, the calendar), then the valid rows are saved in one transaction
 * through the entities' own methods ({@link Client}, {@link Order#bookImported}), flushed and
 * cleared every {@value #BATCH} rows so a 50,000-row file keeps the persistence context small.
 * "All or nothing" saves nothing when any row fails; a row that fails while it is saved rolls the
 * whole transaction back in that mode and is reported in the other.
 */
@Stateless
@DeclareRoles({Role.Names.ADMIN, Role.Names.OPERATOR, Role.Names.MANAGER, Role.Names.SALES})
@RolesAllowed({Role.Names.ADMIN, Role.Names.OPERATOR})
public class ImportServiceBean implements ImportService {

    private static final Logger LOG = Logger.getLogger(ImportServiceBean.class.getName());
    static final int BATCH = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final java.time.Duration DEFAULT_WINDOW = java.time.Duration.ofHours(2);

    @Inject
    ClientRepository clients;

    @Inject
    OrderRepository orders;

    @Inject
    Staff staff;

    @Inject
    Auditor auditor;

    @Inject
    CrmConfiguration configuration;

    @Inject
    Validator validator;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    @Override
    public ImportLayout inspect(ImportKind kind, ImportFile file, ImportOptions options) {
        ImportOptions given = options == null ? ImportOptions.detected() : options;
        Table table = read(file, given);
        return layout(table, columns(kind, table, given));
    }

    @Override
    public ImportPreview preview(ImportKind kind, ImportFile file, ImportOptions options) {
        ImportOptions given = options == null ? ImportOptions.detected() : options;
        Table table = read(file, given);
        List<ImportField> columns = columns(kind, table, given);
        List<Checked> checked = check(kind, table, columns, actor());
        List<ImportRow> shown = checked.stream().limit(ImportPreview.SHOWN)
                .map(c -> new ImportRow(c.row.number(), c.values, c.present, c.errors)).toList();
        return new ImportPreview(layout(table, columns), shown,
                (int) checked.stream().filter(c -> c.errors.isEmpty() && !c.present).count(),
                (int) checked.stream().filter(c -> c.errors.isEmpty() && c.present).count(),
                (int) checked.stream().filter(c -> !c.errors.isEmpty()).count(),
                checked.stream().flatMap(c -> c.errors.stream()).toList());
    }

    @Override
    public ImportResult run(ImportKind kind, ImportFile file, ImportOptions options) {
        ImportOptions given = options == null ? ImportOptions.detected() : options;
        ImportMode mode = given.modeOrDefault();
        OrderActor actor = actor();
        Table table = read(file, given);
        List<ImportField> columns = columns(kind, table, given);
        List<Checked> checked = check(kind, table, columns, actor);
        List<RowError> errors = new ArrayList<>(checked.stream().flatMap(c -> c.errors.stream()).toList());
        int present = (int) checked.stream().filter(c -> c.errors.isEmpty() && c.present).count();
        long failedRows = checked.stream().filter(c -> !c.errors.isEmpty()).count();
        if (mode == ImportMode.ALL_OR_NOTHING && failedRows > 0) {
            audit(actor, kind, file, mode, false, 0, present, (int) failedRows);
            return new ImportResult(kind, mode, false, 0, present, (int) failedRows, errors);
        }
        rememberMapping(kind, table.headers(), columns, actor);
        Instant now = clock.instant();
        int created = 0;
        int failed = (int) failedRows;
        Map<String, Long> newClients = new HashMap<>();
        int sinceFlush = 0;
        for (Checked row : checked) {
            if (!row.errors.isEmpty() || row.present) {
                continue;
            }
            try {
                if (kind == ImportKind.CLIENTS) {
                    saveClient(row, now);
                } else {
                    saveOrder(row, actor, file, newClients, now);
                }
                created++;
            } catch (CrmException refusal) {
                if (mode == ImportMode.ALL_OR_NOTHING) {
                    context.setRollbackOnly();
                    errors.add(error(row.row, null, refusal.messageKey(), refusal.arguments().toArray()));
                    audit(actor, kind, file, mode, false, 0, present, failed + 1);
                    return new ImportResult(kind, mode, false, 0, present, failed + 1, errors);
                }
                errors.add(error(row.row, null, refusal.messageKey(), refusal.arguments().toArray()));
                failed++;
            }
            if (++sinceFlush == BATCH) {
                em.flush();
                em.clear();
                sinceFlush = 0;
            }
        }
        em.flush();
        audit(actor, kind, file, mode, true, created, present, failed);
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        return new ImportResult(kind, mode, true, created, present, failed, errors);
    }

    // ------------------------------------------------------------------ reading and mapping

    private Table read(ImportFile file, ImportOptions options) {
        return new SpreadsheetReader(ImportFile.MAX_BYTES, ImportFile.MAX_ROWS)
                .read(file.content(), options.sheet(), options.encoding(), options.separator());
    }

    private static ImportLayout layout(Table table, List<ImportField> columns) {
        return new ImportLayout(table.format(), table.sheets(), table.sheet(), table.encoding(), table.separator(),
                table.headers(), columns, table.rows().size());
    }

    /** The options' mapping if given (checked against the kind), else the remembered one, else a guess. */
    private List<ImportField> columns(ImportKind kind, Table table, ImportOptions options) {
        List<String> headers = table.headers();
        if (options.columns() != null) {
            List<ImportField> fields = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                ImportField field = i < options.columns().size() ? options.columns().get(i) : null;
                if (field != null && !kind.takes(field)) {
                    throw new InvalidRequestException("imports.column.notForKind", "columns", i + 1);
                }
                if (field != null && field != ImportField.PHONE && fields.contains(field)) {
                    throw new InvalidRequestException("imports.column.twice", "columns", i + 1);
                }
                fields.add(field);
            }
            return fields;
        }
        ImportMapping remembered = em.find(ImportMapping.class, kind.name());
        return remembered == null ? ColumnGuess.guess(kind, headers) : remembered.apply(kind, headers);
    }

    private void rememberMapping(ImportKind kind, List<String> headers, List<ImportField> columns, OrderActor actor) {
        ImportMapping mapping = em.find(ImportMapping.class, kind.name());
        if (mapping == null) {
            mapping = new ImportMapping(kind);
            mapping.remember(headers, columns, actor.userId(), clock.instant());
            em.persist(mapping);
        } else {
            mapping.remember(headers, columns, actor.userId(), clock.instant());
        }
    }

    // ------------------------------------------------------------------ checking rows

    /** A row read and checked: what will be saved, or why not. */
    private static final class Checked {
        final Table.TableRow row;
        final Map<ImportField, String> values = new EnumMap<>(ImportField.class);
        final List<RowError> errors = new ArrayList<>();
        boolean present;
        NewClientRequest client;
        OrderForm order;
        /** For a past visit: how it ended (done or cancelled); null for an upcoming one. */
        OrderStatus outcome;
        String importKey;
        String phone;

        Checked(Table.TableRow row) {
            this.row = row;
        }
    }

    private List<Checked> check(ImportKind kind, Table table, List<ImportField> columns, OrderActor actor) {
        if (!columns.contains(ImportField.PHONE)) {
            throw new InvalidRequestException("imports.column.phoneRequired", "columns");
        }
        if (kind == ImportKind.ORDERS && !columns.contains(ImportField.DATE)) {
            throw new InvalidRequestException("imports.column.dateRequired", "columns");
        }
        List<Checked> checked = new ArrayList<>();
        Set<String> seenPhones = new HashSet<>();
        Set<String> seenKeys = new HashSet<>();
        Map<String, Optional<StaffMember>> managers = new HashMap<>();
        List<StaffMember> activeManagers = staff.active(Role.MANAGER);
        for (Table.TableRow row : table.rows()) {
            Checked c = new Checked(row);
            Map<ImportField, String> cells = cells(row, columns);
            if (kind == ImportKind.CLIENTS) {
                checkClient(c, cells, seenPhones);
            } else {
                checkOrder(c, cells, seenKeys, managers, activeManagers, actor);
            }
            checked.add(c);
        }
        return checked;
    }

    /** The row's text by field; several phone columns are joined. */
    private static Map<ImportField, String> cells(Table.TableRow row, List<ImportField> columns) {
        Map<ImportField, String> cells = new EnumMap<>(ImportField.class);
        for (int i = 0; i < columns.size(); i++) {
            ImportField field = columns.get(i);
            String text = row.cell(i);
            if (field == null || text.isBlank()) {
                continue;
            }
            cells.merge(field, text.strip(), (a, b) -> a + ";" + b);
        }
        return cells;
    }

    private List<String> phones(Checked c, String text) {
        List<String> numbers = new ArrayList<>();
        for (String phone : ImportValues.phones(text)) {
            Optional<String> number = PhoneNumbers.normalize(phone);
            if (number.isEmpty()) {
                c.errors.add(error(c.row, ImportField.PHONE, "imports.phone.invalid", phone));
            } else if (!numbers.contains(number.get())) {
                numbers.add(number.get());
            }
        }
        return numbers;
    }

    private void checkClient(Checked c, Map<ImportField, String> cells, Set<String> seenPhones) {
        List<String> numbers = phones(c, cells.get(ImportField.PHONE));
        String address = cells.get(ImportField.ADDRESS);
        c.values.put(ImportField.NAME, cells.getOrDefault(ImportField.NAME, ""));
        c.values.put(ImportField.PHONE, String.join(", ", numbers.stream().map(PhoneNumbers::format).toList()));
        putIfPresent(c.values, ImportField.ADDRESS, address);
        putIfPresent(c.values, ImportField.EMAIL, cells.get(ImportField.EMAIL));
        putIfPresent(c.values, ImportField.COMMENT, cells.get(ImportField.COMMENT));
        if (numbers.isEmpty() && c.errors.isEmpty()) {
            c.errors.add(error(c.row, ImportField.PHONE, "clients.phones.required"));
        }
        if (!c.errors.isEmpty()) {
            return;
        }
        NewClientRequest request = new NewClientRequest(cells.get(ImportField.NAME),
                numbers.stream().map(n -> new PhoneEntry(n, null)).toList(),
                address == null ? List.of() : List.of(new AddressEntry(null, address, null, null, null, null, null, null)),
                cells.get(ImportField.EMAIL), cells.get(ImportField.COMMENT), null);
        violations(c, validator.validate(request));
        if (!c.errors.isEmpty()) {
            return;
        }
        c.client = request;
        boolean known = numbers.stream().anyMatch(n -> seenPhones.contains(n) || clients.ownerOf(n).isPresent());
        c.present = known;
        seenPhones.addAll(numbers);
    }

    private void checkOrder(Checked c, Map<ImportField, String> cells, Set<String> seenKeys,
            Map<String, Optional<StaffMember>> managers, List<StaffMember> activeManagers, OrderActor actor) {
        String dateText = cells.get(ImportField.DATE);
        LocalDate date = null;
        if (dateText == null) {
            c.errors.add(error(c.row, ImportField.DATE, "orders.visit.dateRequired"));
        } else {
            date = ImportValues.date(dateText).orElse(null);
            if (date == null) {
                c.errors.add(error(c.row, ImportField.DATE, "imports.date.invalid", dateText));
            }
        }
        boolean past = date != null && date.isBefore(LocalDate.now(clock.withZone(configuration.companyZone())));
        LocalTime start = null;
        LocalTime end = null;
        String timeText = cells.get(ImportField.TIME);
        if (timeText == null) {
            c.errors.add(error(c.row, ImportField.TIME, "orders.visit.startRequired"));
        } else {
            Optional<LocalTime[]> window = ImportValues.window(timeText);
            if (window.isPresent()) {
                start = window.get()[0];
                end = window.get()[1];
            } else {
                start = ImportValues.time(timeText).orElse(null);
                if (start == null && dateText != null && dateText.matches(".*\\d{1,2}:\\d{2}.*")) {
                    start = ImportValues.time(dateText.replaceAll("^.*\\s", "")).orElse(null);
                }
                if (start == null) {
                    c.errors.add(error(c.row, ImportField.TIME, "imports.time.invalid", timeText));
                }
            }
        }
        String endText = cells.get(ImportField.TIME_END);
        if (end == null && endText != null) {
            end = ImportValues.time(endText).orElse(null);
            if (end == null) {
                c.errors.add(error(c.row, ImportField.TIME_END, "imports.time.invalid", endText));
            }
        } else if (end == null && start != null) {
            end = start.plus(DEFAULT_WINDOW);
            if (!end.isAfter(start)) {
                end = LocalTime.of(23, 59);
            }
        }
        if (start != null && end != null && !end.isAfter(start)) {
            c.errors.add(error(c.row, ImportField.TIME_END, "orders.visit.window"));
        }
        List<String> numbers = phones(c, cells.get(ImportField.PHONE));
        String phone = numbers.isEmpty() ? null : numbers.get(0);
        if (phone == null && cells.get(ImportField.PHONE) == null) {
            c.errors.add(error(c.row, ImportField.PHONE, "orders.phone.required"));
        }
        String amountText = cells.get(ImportField.AMOUNT);
        BigDecimal amount = null;
        if (amountText == null) {
            c.errors.add(error(c.row, ImportField.AMOUNT, "orders.amount.required"));
        } else {
            amount = ImportValues.amount(amountText).orElse(null);
            if (amount == null) {
                c.errors.add(error(c.row, ImportField.AMOUNT, "imports.amount.invalid", amountText));
            } else if (amount.compareTo(Money.LIMIT) > 0) {
                c.errors.add(error(c.row, ImportField.AMOUNT, "orders.money.tooLarge"));
            }
        }
        Long managerId = null;
        String managerText = cells.get(ImportField.MANAGER);
        if (managerText != null) {
            Optional<StaffMember> manager = managers.computeIfAbsent(managerText.strip().toLowerCase(Locale.ROOT),
                    name -> activeManagers.stream().filter(m -> m.login().equalsIgnoreCase(name)
                            || (m.fullName() != null && m.fullName().strip().equalsIgnoreCase(name))).findFirst());
            if (manager.isEmpty()) {
                c.errors.add(error(c.row, ImportField.MANAGER, "imports.manager.unknown", managerText));
            } else {
                managerId = manager.get().id();
                c.values.put(ImportField.MANAGER, manager.get().fullName());
            }
        }
        String statusText = cells.get(ImportField.STATUS);
        Optional<OrderStatus> status = statusText == null ? Optional.empty() : ImportValues.status(statusText);
        OrderStatus outcome = null;
        if (statusText != null && status.isEmpty()) {
            c.errors.add(error(c.row, ImportField.STATUS, "imports.status.unknown", statusText));
        } else if (past) {
            // A past visit comes in as history: done (closed with the day) or cancelled, by the administrator.
            outcome = status.filter(s -> s == OrderStatus.DONE || s == OrderStatus.CLOSED || s == OrderStatus.CANCELLED)
                    .orElse(null);
            if (outcome == null) {
                c.errors.add(error(c.row, ImportField.DATE, "imports.history.needsFinalStatus"));
            } else if (actor.role() != Role.ADMIN) {
                c.errors.add(error(c.row, ImportField.DATE, "imports.history.adminOnly"));
            } else if (outcome != OrderStatus.CANCELLED && managerId == null) {
                c.errors.add(error(c.row, ImportField.MANAGER, "imports.history.needsManager"));
            }
        } else if (statusText != null) {
            if (status.get() != OrderStatus.NEW && status.get() != OrderStatus.ASSIGNED) {
                c.errors.add(error(c.row, ImportField.STATUS, "imports.status.notImportable", statusText));
            } else if (status.get() == OrderStatus.ASSIGNED && managerId == null) {
                c.errors.add(error(c.row, ImportField.STATUS, "imports.status.needsManager"));
            } else if (status.get() == OrderStatus.NEW && managerId != null) {
                c.errors.add(error(c.row, ImportField.STATUS, "imports.status.newWithManager"));
            }
        }
        String address = cells.get(ImportField.ADDRESS);
        String name = cells.get(ImportField.NAME);
        Long clientId = null;
        if (phone != null) {
            clientId = clients.ownerOf(phone).map(Client::getId).orElse(null);
            if (clientId == null && (name == null || name.isBlank())) {
                c.errors.add(error(c.row, ImportField.NAME, "imports.client.nameRequired"));
            }
        }
        putIfPresent(c.values, ImportField.NUMBER, cells.get(ImportField.NUMBER));
        if (date != null) {
            c.values.put(ImportField.DATE, date.format(DATE));
        }
        if (start != null && end != null) {
            c.values.put(ImportField.TIME, start + "–" + end);
        }
        putIfPresent(c.values, ImportField.NAME, name);
        if (phone != null) {
            c.values.put(ImportField.PHONE, PhoneNumbers.format(phone));
        }
        putIfPresent(c.values, ImportField.ADDRESS, address);
        if (amount != null) {
            c.values.put(ImportField.AMOUNT, Money.of(amount).amount().toPlainString());
        }
        putIfPresent(c.values, ImportField.DESCRIPTION, cells.get(ImportField.DESCRIPTION));
        putIfPresent(c.values, ImportField.COMMENT, cells.get(ImportField.COMMENT));
        if (managerId == null && managerText != null) {
            c.values.put(ImportField.MANAGER, managerText);
        }
        putIfPresent(c.values, ImportField.STATUS, statusText);
        if (!c.errors.isEmpty()) {
            return;
        }
        OrderForm form = new OrderForm(clientId == null ? Long.valueOf(0) : clientId, phone, address, null, null, null,
                null, date, start, end, cells.get(ImportField.DESCRIPTION), List.of(), amount, null, managerId,
                cells.get(ImportField.COMMENT));
        violations(c, validator.validate(form));
        if (clientId == null) {
            violations(c, validator.validate(new NewClientRequest(name, List.of(new PhoneEntry(phone, null)),
                    List.of(new AddressEntry(null, address, null, null, null, null, null, null)), null, null, null)));
        }
        if (!c.errors.isEmpty()) {
            return;
        }
        if (managerId != null && actor.role() != Role.ADMIN && orders.closedDay(managerId, date).isPresent()) {
            c.errors.add(error(c.row, ImportField.DATE, "orders.dayClosed", date));
            return;
        }
        String number = cells.get(ImportField.NUMBER);
        c.importKey = number != null ? "n:" + truncate(number.strip(), 70)
                : "h:" + hash(date + "|" + start + "|" + end + "|" + phone + "|"
                        + address.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|" + amount.toPlainString());
        c.present = !seenKeys.add(c.importKey) || !orders.importKeysTaken(List.of(c.importKey)).isEmpty();
        c.order = form;
        c.outcome = outcome;
        c.phone = phone;
        c.client = clientId == null ? new NewClientRequest(name, List.of(new PhoneEntry(phone, null)),
                List.of(new AddressEntry(null, address, null, null, null, null, null, null)), null, null, null) : null;
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(Map<ImportField, String> values, ImportField field, String value) {
        if (value != null && !value.isBlank()) {
            values.put(field, value.strip());
        }
    }

    /** The violations of a request as row errors, each at the file's field it comes from. */
    private static <T> void violations(Checked c, Set<ConstraintViolation<T>> violations) {
        violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> {
                    String path = v.getPropertyPath().toString();
                    ImportField field = path.startsWith("name") ? ImportField.NAME
                            : path.startsWith("phones") || path.startsWith("contactPhone") ? ImportField.PHONE
                            : path.startsWith("address") ? ImportField.ADDRESS
                            : path.startsWith("email") ? ImportField.EMAIL
                            : path.startsWith("comment") ? ImportField.COMMENT
                            : path.startsWith("description") ? ImportField.DESCRIPTION
                            : path.startsWith("amount") ? ImportField.AMOUNT
                            : path.startsWith("visitDate") ? ImportField.DATE
                            : path.startsWith("window") ? ImportField.TIME
                            : null;
                    String template = v.getMessageTemplate();
                    String key = template.startsWith("{") && template.endsWith("}")
                            ? template.substring(1, template.length() - 1) : "imports.row.invalid";
                    c.errors.add(error(c.row, field, key));
                });
    }

    private static RowError error(Table.TableRow row, ImportField field, String key, Object... arguments) {
        return new RowError(row.number(), field, key, List.of(arguments), null);
    }

    // ------------------------------------------------------------------ saving rows

    private void saveClient(Checked row, Instant now) {
        clients.add(Client.from(row.client, now));
    }

    private void saveOrder(Checked row, OrderActor actor, ImportFile file, Map<String, Long> newClients, Instant now) {
        OrderForm form = row.order;
        long clientId = form.clientId();
        if (row.client != null) {
            Long created = newClients.get(row.phone);
            if (created == null) {
                Client client = Client.from(row.client, now);
                clients.add(client);
                created = client.getId();
                if (created == null) {
                    em.flush();
                    created = client.getId();
                }
                newClients.put(row.phone, created);
            }
            clientId = created;
        }
        OfficePart office = OfficePart.of(form, clientId, form.contactPhone(), List.of(), Money.of(form.amount()), null,
                configuration.companyZone());
        Order order = row.outcome == null ? Order.bookImported(orders.nextNumber(), office, actor, now, row.importKey)
                : Order.bookHistory(orders.nextNumber(), office, actor, now, row.importKey, row.outcome);
        orders.add(order);
        if (order.getStatus() == OrderStatus.CLOSED) {
            orders.closeImportedDay(order.getManagerId(), order.getVisitDate(), actor.userId(), now);
        }
        if (order.getId() == null) {
            em.flush();
        }
        String source = (file.name() == null || file.name().isBlank() ? "—" : truncate(file.name().strip(), 200))
                + ", " + row.row.number();
        orders.record(order, actor, List.of(new FieldChange(OrderField.IMPORT, null, source),
                new FieldChange(OrderField.STATUS, null, order.getStatus().name())), now, true);
    }

    private void audit(OrderActor actor, ImportKind kind, ImportFile file, ImportMode mode, boolean applied,
            int created, int present, int failed) {
        String details = "mode=" + mode + " applied=" + applied + " bytes=" + file.content().length + " created="
                + created + " present=" + present + " failed=" + failed;
        auditor.record(new Auditor.Actor(actor.userId(), actor.login()),
                kind == ImportKind.CLIENTS ? "import.clients" : "import.orders", "import", null, details);
        LOG.info(() -> "import " + kind + " by user " + actor.userId() + ": " + details);
    }

    private OrderActor actor() {
        return OrderActor.of(staff.current());
    }
}
