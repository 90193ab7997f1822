package ru.fieldcrm.shared;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployment of every integration test: the EAR exactly as the build made it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive crm() {
        // The container writes the archive it deploys there (the build gives each run its own directory).
        new File(System.getProperty("java.io.tmpdir")).mkdirs();
        File ear = new File(System.getProperty("it.ear", "target/crm.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The CRM's root ({@code http://host:port/crm/}) from the URL Arquillian gives for the deployment. */
    public static URI base(URL deployed) {
        return URI.create(deployed.toString()).resolve("/crm/");
    }

    /** The configured administrator of the test domain (set by the build for the server). */
    public static final String ADMIN_LOGIN = "admin";

    public static String adminPassword() {
        return System.getProperty("it.admin.password");
    }
}
