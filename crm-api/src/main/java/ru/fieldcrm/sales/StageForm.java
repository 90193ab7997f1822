package ru.fieldcrm.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A stage as the administrator enters it; {@code id} null for a new stage. Order is the list's. */
public record StageForm(
        Long id,
        @NotBlank(message = "{sales.stage.nameRequired}") @Size(max = 100, message = "{sales.stage.nameTooLong}") String name,
        @NotNull(message = "{sales.stage.colourRequired}")
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{sales.stage.colourInvalid}") String colour,
        @NotNull(message = "{sales.stage.outcomeRequired}") StageOutcome outcome) {
}
