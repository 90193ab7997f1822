package ru.fieldcrm.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import ru.fieldcrm.shared.Refusals;

/** «Мои задачи»: the caller's open tasks on deals, the earliest first, overdue ones marked; done with one click. */
@Named
@ViewScoped
public class MyTasks implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    SalesService sales;

    private List<ActivityView> tasks = List.of();

    @PostConstruct
    void load() {
        tasks = sales.myTasks();
    }

    public void complete(ActivityView task) {
        try {
            sales.completeTask(task.id(), task.version());
        } catch (RuntimeException e) {
            Refusals.show(e, "tasksForm");
        }
        load();
    }

    public List<ActivityView> getTasks() {
        return tasks;
    }
}
