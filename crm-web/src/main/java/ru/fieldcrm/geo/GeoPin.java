package ru.fieldcrm.geo;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.event.map.MarkerDragEvent;
import org.primefaces.event.map.PointSelectEvent;
import org.primefaces.model.map.DefaultMapModel;
import org.primefaces.model.map.LatLng;
import org.primefaces.model.map.MapModel;
import org.primefaces.model.map.Marker;
import ru.fieldcrm.shared.Refusals;

/**
 * Placing the point of a card's address by hand, in a dialog with a small map: a click puts the
 * pin, a drag moves it, «Сохранить точку» stores it through {@link GeoService#placeByHand} as
 * MANUAL. A card's page includes {@code /WEB-INF/includes/geo-pin.xhtml} (its address's line and the
 * dialog); a page with several addresses (a client's) puts {@code geo-line.xhtml} by each address and
 * {@code geo-dialog.xhtml} once: the line's button tells the dialog which address it places.
 */
@Named
@ViewScoped
public class GeoPin implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Moscow, when the address has no point yet. */
    private static final LatLng FALLBACK = new LatLng(55.7558, 37.6173);

    @EJB
    GeoService geo;

    private Double latitude;
    private Double longitude;
    /** What the dialog places: the target (ORDER, ASSESSMENT, CLIENT) and its id (an address's for a client). */
    private String target;
    private Long targetId;
    /** The placements saved from this page, by target and id, shown instead of the card's loaded ones. */
    private final Map<String, GeoPlacement> saved = new HashMap<>();

    /** Opens the dialog on the point of this target's address, if it has one. */
    public void open(String target, Long targetId, GeoPlacement placement) {
        this.target = target;
        this.targetId = targetId;
        GeoPlacement current = shown(target, targetId, placement);
        latitude = current != null && current.located() ? current.latitude() : null;
        longitude = current != null && current.located() ? current.longitude() : null;
    }

    public void pointed(PointSelectEvent event) {
        latitude = event.getLatLng().getLat();
        longitude = event.getLatLng().getLng();
    }

    public void dragged(MarkerDragEvent<?> event) {
        latitude = event.getMarker().getLatlng().getLat();
        longitude = event.getMarker().getLatlng().getLng();
    }

    /** Stores the placed point for the target the dialog was opened for. */
    public void save(String formId) {
        if (latitude == null || longitude == null || targetId == null) {
            return;
        }
        try {
            saved.put(key(target, targetId),
                    geo.placeByHand(GeoTarget.valueOf(target), targetId, new HandPoint(latitude, longitude)));
        } catch (RuntimeException e) {
            Refusals.show(e, formId);
        }
    }

    /** The placement to show for the target: the one saved here, else the card's. */
    public GeoPlacement shown(String target, Long targetId, GeoPlacement placement) {
        return saved.getOrDefault(key(target, targetId), placement);
    }

    /** The style class of the target's line, which a save redraws. */
    public static String lineClass(String target, Long targetId) {
        return "crm-geo-line-" + target + "-" + targetId;
    }

    public String getLineClass() {
        return lineClass(target, targetId);
    }

    private static String key(String target, Long targetId) {
        return target + ":" + targetId;
    }

    public MapModel<Object> getModel() {
        DefaultMapModel<Object> model = new DefaultMapModel<>();
        if (latitude != null && longitude != null) {
            Marker<Object> marker = new Marker<>(new LatLng(latitude, longitude), "", null, MapPage.pin("#dc2626", false));
            marker.setDraggable(true);
            model.addOverlay(marker);
        }
        return model;
    }

    public String getCenter() {
        return latitude != null && longitude != null ? latitude + "," + longitude
                : FALLBACK.getLat() + "," + FALLBACK.getLng();
    }

    /**
     * The point as maps write it, six decimals (about 10 cm) with a point, latitude first:
     * {@code 55.755816, 37.617273}; empty while none is placed.
     */
    public String getCoordinates() {
        return isPlaced() ? String.format(java.util.Locale.ROOT, "%.6f, %.6f", latitude, longitude) : "";
    }

    public boolean isPlaced() {
        return latitude != null && longitude != null;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }
}
