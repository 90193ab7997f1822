/** Company-wide settings read from the server configuration (time zone and the like). */
package ru.fieldcrm.settings;
