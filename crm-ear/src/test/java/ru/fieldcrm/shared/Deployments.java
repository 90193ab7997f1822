package ru.fieldcrm.shared;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The deployment of every integration test: the EAR exactly as the build made it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive crm() {
        File ear = new File(System.getProperty("it.ear", "target/crm.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The configured administrator of the test domain (set by the build for the server). */
    public static final String ADMIN_LOGIN = "admin";

    public static String adminPassword() {
        return System.getProperty("it.admin.password");
    }
}
