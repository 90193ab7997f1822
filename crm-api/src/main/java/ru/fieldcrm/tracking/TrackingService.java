package ru.fieldcrm.tracking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Positions in and out. Devices send positions with a token (no session); the administrator issues
 * and revokes the tokens; the office reads the last positions and the tracks.
 */
public interface TrackingService {

    /**
     * Stores the positions that are new for the token's device (by device time) and answers how
     * many that was. The whole batch is refused, nothing stored, when any position breaks
     * {@link PositionRules} or the batch is larger than {@link PositionRules#MAX_BATCH}.
     *
     * @throws DeviceRefusedException an unknown or revoked token, or a manager who is no longer active
     */
    IngestResult record(String token, List<PositionReport> positions);

    /**
     * Positions the signed-in manager's own browser shares while the «Мой день» page is open,
     * under the same rules, as a device of theirs («Мой день» in the administrator's list, where
     * revoking it stops the sharing). Managers only.
     *
     * @throws ru.fieldcrm.shared.ForbiddenException the administrator revoked the browser's device
     */
    IngestResult recordOwn(List<PositionReport> positions);

    /** A new token for a manager's device, shown this once. Administrator only. */
    DeviceTokenIssued issueToken(long managerId, @NotNull @Valid DeviceTokenRequest request);

    /** Refuses the token from now on; its positions stay. Administrator only. */
    DeviceTokenSummary revokeToken(long tokenId);

    /** A manager's tokens, newest first. Administrator only. */
    List<DeviceTokenSummary> tokens(long managerId);

    /** The newest position of every manager who has one. Administrator and operator. */
    List<ManagerPosition> lastPositions();

    /** A manager's positions on a day of the company's calendar, in time order. Administrator and operator. */
    List<TrackPoint> track(long managerId, @NotNull LocalDate day);
}
