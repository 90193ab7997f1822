/**
 * The SMS pages and API: the administrator's settings (gateway, quiet hours, a template per
 * trigger with its live preview, a test message), the log of messages with resending, and the
 * messages of one order or assessment. Everything goes through {@link ru.fieldcrm.sms.SmsService}.
 */
package ru.fieldcrm.sms;
