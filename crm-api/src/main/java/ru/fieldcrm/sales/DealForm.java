package ru.fieldcrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import ru.fieldcrm.clients.NewClientRequest;

/**
 * A deal as the salesperson enters it. The client is an existing card ({@code clientId}) or a new
 * one ({@code newClient}), never both; a new client whose number is already a client's is refused
 * naming that client. {@code stageId} places a new deal (null: the pipeline's first stage); an
 * existing deal moves between stages with {@link DealMove}, not with this form.
 * {@code responsibleId} null means the caller.
 */
public record DealForm(
        @NotBlank(message = "{sales.deal.titleRequired}") @Size(max = 200, message = "{sales.deal.titleTooLong}") String title,
        Long clientId,
        @Valid NewClientRequest newClient,
        @Size(max = 200, message = "{sales.deal.contactTooLong}") String contactName,
        @Size(max = 40, message = "{sales.deal.contactPhoneTooLong}") String contactPhone,
        @NotNull(message = "{sales.deal.amountRequired}")
        @DecimalMin(value = "0.00", message = "{sales.deal.amountNegative}")
        @DecimalMax(value = "9999999999.99", message = "{orders.money.tooLarge}")
        @Digits(integer = 10, fraction = 2, message = "{orders.money.format}") BigDecimal amount,
        Long responsibleId,
        @NotNull(message = "{sales.deal.pipelineRequired}") Long pipelineId,
        Long stageId,
        @Size(max = 100, message = "{sales.deal.sourceTooLong}") String source,
        LocalDate expectedClose,
        @Size(max = 4000, message = "{sales.deal.notesTooLong}") String notes) {
}
