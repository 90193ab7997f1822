package ru.fieldcrm.shared;

/** What a load balancer or a script asks: is this instance able to serve? Open to anyone. */
public interface HealthService {

    /** Whether the database answers a trivial query within a second. */
    boolean databaseAnswers();
}
