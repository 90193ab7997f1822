package ru.fieldcrm.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.fieldcrm.shared.Deployments;
import ru.fieldcrm.shared.WebClient;

/**
 * The nightly run of the daily-finance job: a server that was not running at 00:10 in the company's
 * time zone (as this one, started for the tests) runs the night soon after it starts — yesterday and
 * the week before it — and only once, whichever deployment came first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NightlyFinanceIT {

    private static final ZoneId COMPANY = ZoneId.of("Europe/Moscow");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.crm();
    }

    @ArquillianResource
    URL deployed;

    private static Optional<JsonObject> nightly(WebClient admin, LocalDate yesterday) {
        HttpResponse<String> runs = admin.json("GET", "api/reports/runs?limit=100", null);
        assertEquals(200, runs.statusCode(), runs.body());
        List<JsonObject> found = Json.createReader(new StringReader(runs.body())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> "NIGHTLY".equals(r.getString("kind")) && yesterday.toString().equals(r.getString("to")))
                .toList();
        assertTrue(found.size() <= 1, "one run per night: " + found);
        return found.stream().findFirst();
    }

    @Test
    void theMissedNightRunsOnceAfterTheServerStarts() throws InterruptedException {
        ZonedDateTime now = ZonedDateTime.now(COMPANY);
        Assumptions.assumeTrue(now.toLocalTime().isAfter(LocalTime.of(0, 12)) && now.toLocalTime().isBefore(LocalTime.of(23, 55)),
                "not around the nightly run's own time");
        LocalDate today = now.toLocalDate();
        WebClient admin = new WebClient(Deployments.base(deployed));
        assertEquals(302, admin.signIn(Deployments.ADMIN_LOGIN, Deployments.adminPassword()).statusCode());

        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Optional<JsonObject> run = nightly(admin, today.minusDays(1));
        while ((run.isEmpty() || !"COMPLETED".equals(run.get().getString("status"))) && System.nanoTime() < end) {
            Thread.sleep(1000);
            run = nightly(admin, today.minusDays(1));
        }
        assertTrue(run.isPresent(), "a nightly run for the night of " + today);
        JsonObject night = run.get();
        assertEquals("COMPLETED", night.getString("status"), night.toString());
        assertEquals(today.minusDays(7).toString(), night.getString("from"), night.toString());
        assertTrue(night.getInt("daysDone") >= 7, night.toString());
        assertTrue(!night.containsKey("startedById") || night.isNull("startedById"), "started by the server, not a user: " + night);
    }
}
