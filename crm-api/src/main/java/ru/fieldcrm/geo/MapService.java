package ru.fieldcrm.geo;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import ru.fieldcrm.tracking.ManagerPosition;
import ru.fieldcrm.tracking.TrackPoint;

/**
 * What the map shows: the day's visits that have a point, the clients with located addresses, the
 * managers' last positions and a manager's track. The administrator and the operators see everything;
 * a manager sees their own visits, position and track only (whatever manager they ask for), and no
 * clients layer.
 */
public interface MapService {

    /** At most this many client points per answer. */
    int MAX_CLIENTS = 500;

    /**
     * The located visits (orders and assessments, not cancelled) of the day: of one manager when
     * {@code managerId} is given, with this status code when {@code status} is given.
     */
    List<MapVisit> visits(@NotNull LocalDate day, Long managerId, String status);

    /**
     * Client addresses that have a point, in the box when the four edges are given (else anywhere),
     * at most {@link #MAX_CLIENTS}; {@link MapClients#more()} says some were left out.
     */
    MapClients clients(Double south, Double west, Double north, Double east);

    /** The last positions of the managers the caller may see. */
    List<ManagerPosition> positions();

    /** A manager's track of the day; a manager may read only their own. */
    List<TrackPoint> track(long managerId, @NotNull LocalDate day);
}
