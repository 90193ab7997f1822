package ru.fieldcrm.sales;

/** What a stage means for a deal in it: still being worked, or ended won or lost. */
public enum StageOutcome {
    OPEN,
    WON,
    LOST;

    /** Whether a deal in such a stage is over. */
    public boolean ends() {
        return this != OPEN;
    }
}
