package ru.fieldcrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A pipeline as the administrator enters it: its name and its stages in board order, open ones
 * first and exactly one won and one lost stage (checked by the service).
 */
public record PipelineForm(
        @NotBlank(message = "{sales.pipeline.nameRequired}") @Size(max = 100, message = "{sales.pipeline.nameTooLong}") String name,
        boolean active,
        @NotNull(message = "{sales.pipeline.stagesRequired}") @Size(min = 3, max = 20, message = "{sales.pipeline.stagesCount}")
        List<@NotNull(message = "{sales.stage.required}") @Valid StageForm> stages) {
}
