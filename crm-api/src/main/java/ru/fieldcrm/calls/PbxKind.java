package ru.fieldcrm.calls;

/** The PBX the administrator chose; {@link #NONE} until one is chosen: events are refused. */
public enum PbxKind {
    NONE(false, false),
    /** Any PBX that can post a templated HTTP request per event, authenticated by the URL's token only. */
    GENERIC(false, false),
    ZADARMA(true, true),
    MANGO(true, true);

    private final boolean needsKey;
    private final boolean needsSecret;

    PbxKind(boolean needsKey, boolean needsSecret) {
        this.needsKey = needsKey;
        this.needsSecret = needsSecret;
    }

    public boolean needsKey() {
        return needsKey;
    }

    public boolean needsSecret() {
        return needsSecret;
    }
}
