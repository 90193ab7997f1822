package ru.fieldcrm.geo;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
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
 * MANUAL. The card's pages include {@code /WEB-INF/includes/geo-pin.xhtml} with the target, its id
 * and its placement.
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
    /** The placement saved from this page, shown instead of the card's loaded one. */
    private GeoPlacement saved;

    /** Opens the dialog on the address's point, if it has one. */
    public void start(GeoPlacement placement) {
        GeoPlacement current = saved != null ? saved : placement;
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

    public void save(String target, Long id, String formId) {
        if (latitude == null || longitude == null || id == null) {
            return;
        }
        try {
            saved = geo.placeByHand(GeoTarget.valueOf(target), id, new HandPoint(latitude, longitude));
        } catch (RuntimeException e) {
            Refusals.show(e, formId);
        }
    }

    /** The placement to show: the one saved here, else the card's. */
    public GeoPlacement shown(GeoPlacement placement) {
        return saved != null ? saved : placement;
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
