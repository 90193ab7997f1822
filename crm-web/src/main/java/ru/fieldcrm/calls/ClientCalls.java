package ru.fieldcrm.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The calls shown on a client's card, newest first, read once per request. */
@Named
@RequestScoped
public class ClientCalls {

    @EJB
    CallService calls;

    private final Map<Long, List<CallSummary>> loaded = new HashMap<>();

    public List<CallSummary> of(Long clientId) {
        if (clientId == null) {
            return List.of();
        }
        return loaded.computeIfAbsent(clientId, calls::ofClient);
    }
}
