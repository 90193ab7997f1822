/**
 * SMS to clients («Отправка СМС»): per status of an order or an assessment a template with
 * placeholders and a delay, a reminder the day before the visit, quiet hours, the gateway the
 * company pays (SMS.ru, SMSC.ru, SMS Aero, or a journal that sends nothing), and the log of every
 * message with its delivery status. Messages are written in the transaction of the change that
 * causes them (an outbox) and sent by timers: a crash loses none and sends none twice.
 */
package ru.fieldcrm.sms;
