package ru.fieldcrm.assessments;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import ru.fieldcrm.orders.OrderDetails;
import ru.fieldcrm.orders.OrderForm;
import ru.fieldcrm.shared.PageResult;

/**
 * Site assessments, under the same rules as orders: everyone signed in reads them; changes follow
 * {@link AssessmentRights} field by field (a refused request saves nothing), a manager records the
 * result only of assessments assigned to them, every change goes to the history, and
 * {@code version} detects a concurrent change.
 */
public interface AssessmentService {

    PageResult<AssessmentSummary> find(@NotNull @Valid AssessmentQuery query);

    AssessmentDetails get(long id);

    List<AssessmentChangeEntry> history(long id);

    /** The assessment an order was made from, if it was. */
    Optional<AssessmentSummary> ofOrder(long orderId);

    AssessmentDetails create(@NotNull @Valid AssessmentForm form);

    AssessmentDetails update(long id, long version, @NotNull @Valid AssessmentForm form);

    AssessmentDetails cancel(long id, long version,
            @NotBlank(message = "{orders.cancel.reasonRequired}") @Size(max = 300, message = "{orders.reason.tooLong}") String reason);

    /** The manager's result: the estimate and notes; the assessment becomes done. */
    AssessmentDetails recordResult(long id, long version, @NotNull @Valid AssessmentResult result);

    /**
     * Books the order the assessment leads to, from this form (which the page fills in from the
     * assessment), and links the two; in one transaction, so either both or nothing.
     */
    OrderDetails toOrder(long id, long version, @NotNull @Valid OrderForm order);
}
