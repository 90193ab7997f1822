package ru.fieldcrm.shared;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current HTTP request came from, for the audit log. The web module fills it in for
 * each request; timers and batch jobs leave it empty.
 */
@RequestScoped
public class RequestOrigin {

    private String remoteAddress;

    public String remoteAddress() {
        return remoteAddress;
    }

    public void remoteAddress(String address) {
        this.remoteAddress = address;
    }
}
