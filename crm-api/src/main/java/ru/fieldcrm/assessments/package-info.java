/**
 * Site assessments («оценка объектов»): a manager visits the client's site to estimate the work
 * before an order exists. Who may change what is {@link ru.fieldcrm.assessments.AssessmentRights};
 * an assessment turns into an order in one step, and both keep the link.
 */
package ru.fieldcrm.assessments;
