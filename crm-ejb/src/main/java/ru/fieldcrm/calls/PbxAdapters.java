package ru.fieldcrm.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/** The adapter of each PBX. */
@ApplicationScoped
class PbxAdapters {

    private final Map<PbxKind, PbxAdapter> byKind = new EnumMap<>(PbxKind.class);

    protected PbxAdapters() {
    }

    @Inject
    PbxAdapters(Instance<PbxAdapter> adapters) {
        adapters.forEach(adapter -> byKind.put(adapter.kind(), adapter));
    }

    PbxAdapter of(PbxKind kind) {
        PbxAdapter adapter = byKind.get(kind);
        if (adapter == null) {
            throw new PbxAdapter.Refusal(501, "no adapter for " + kind);
        }
        return adapter;
    }
}
