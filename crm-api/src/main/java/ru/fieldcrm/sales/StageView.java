package ru.fieldcrm.sales;

/** A stage of a pipeline: its place on the board, its colour ({@code #rrggbb}) and what it means. */
public record StageView(long id, String name, int position, String colour, StageOutcome outcome) {
}
