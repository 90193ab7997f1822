package ru.fieldcrm.shared;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;

/**
 * Headers that keep the pages from being framed, sniffed or fed foreign scripts, on every answer;
 * and the caller's address for the audit log. PrimeFaces needs inline scripts and
 * {@code eval} for its widgets, so scripts are limited to this origin plus those. The map draws
 * OpenStreetMap's tiles, or Google Maps' script, tiles and fonts when a Google key is saved.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval' https://maps.googleapis.com",
            "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
            "img-src 'self' data: https://tile.openstreetmap.org https://*.googleapis.com https://*.gstatic.com https://*.google.com",
            "font-src 'self' data: https://fonts.gstatic.com",
            "connect-src 'self' %s https://maps.googleapis.com",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "base-uri 'self'",
            "object-src 'none'");

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // The pages' websocket (live updates) connects to this host; not every browser counts
        // ws: to the same host as 'self'.
        String host = request.getHeader("Host");
        String sockets = host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]+") ? "" : "ws://" + host + " wss://" + host;
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY.formatted(sockets));
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        origin.remoteAddress(request.getRemoteAddr());
        chain.doFilter(request, response);
    }
}
