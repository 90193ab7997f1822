package ru.fieldcrm.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Payara domain of its own for a test that stops servers the hard way: created and configured
 * by {@code crm-server.sh prepare-test} (the same database settings as the suite), started with
 * asadmin, killed with SIGKILL.
 */
final class PayaraDomain implements AutoCloseable {

    private static final Path PAYARA = Path.of(System.getProperty("payara.home"));
    private static final Path SCRIPT = PAYARA.getParent().getParent().resolve("crm-server.sh");
    private static final String CONSOLE_PASSWORD = System.getProperty("it.console.password");

    private final String name;
    private final int portbase;
    private final Path passwordFile;

    private PayaraDomain(String name, int portbase) throws IOException {
        this.name = name;
        this.portbase = portbase;
        this.passwordFile = Files.createTempFile("asadmin", ".txt");
        Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=" + CONSOLE_PASSWORD + "\n");
    }

    /** Creates the domain anew (stopped, configured for the suite's database). */
    static PayaraDomain prepare(String name, int portbase) throws IOException, InterruptedException {
        PayaraDomain domain = new PayaraDomain(name, portbase);
        run(List.of("bash", SCRIPT.toString(), "prepare-test"), Map.of("CRM_IT_DOMAIN", name,
                "CRM_IT_PORTBASE", String.valueOf(portbase), "CRM_IT_CONSOLE_PASSWORD", CONSOLE_PASSWORD));
        return domain;
    }

    URI crm() {
        return URI.create("http://127.0.0.1:" + (portbase + 80) + "/crm/");
    }

    void start() throws IOException, InterruptedException {
        asadmin("start-domain", name);
        awaitHealthy();
    }

    void deploy(Path ear) throws IOException, InterruptedException {
        asadmin("--port", String.valueOf(portbase + 48), "deploy", "--force=true", "--name", "crm", ear.toString());
        awaitHealthy();
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no undeployment, no rollback of anything in flight. */
    void kill() throws IOException {
        long pid = Long.parseLong(Files.readString(PAYARA.resolve("glassfish/domains/" + name + "/config/pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly();
        server.onExit().join();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            asadmin("stop-domain", name);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(crm().resolve("api/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The CRM on domain " + name + " did not answer in time");
    }

    private void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(PAYARA.resolve("bin/asadmin").toString(), "--user", "admin",
                "--passwordfile", passwordFile.toString()));
        command.addAll(List.of(arguments));
        run(command, Map.of());
    }

    private static void run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(command.size(), 6)))
                    + " failed:\n" + output);
        }
    }
}
