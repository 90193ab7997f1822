package ru.fieldcrm.calls;

public enum CallDirection {
    INCOMING,
    OUTGOING
}
