/**
 * Users and sign-in: the accounts of the company's staff, their roles, their own profiles and the
 * authentication of a login and password (with throttling of repeated failures).
 */
package ru.fieldcrm.users;
