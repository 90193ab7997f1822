package ru.fieldcrm.sales;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reason a deal is lost as the administrator enters it; an inactive reason stays on the deals
 * lost with it but is no longer offered.
 */
public record LostReasonForm(
        @NotBlank(message = "{sales.lostReason.nameRequired}") @Size(max = 200, message = "{sales.lostReason.nameTooLong}") String name,
        boolean active) {
}
