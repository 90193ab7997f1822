package ru.fieldcrm.shared;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/** Absolute addresses under the CRM, as this request reached the server: what a provider is told to call. */
public final class AppAddress {

    private AppAddress() {
    }

    /** {@code https://host[:port]/crm/} followed by {@code path} (relative to the application). */
    public static String of(String path) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/" + path;
    }
}
